/** DOM helpers for code that runs in pages. */

/** element.matches that answers false, not throws, for a selector this browser does not know. */
export function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}
