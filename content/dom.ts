/** DOM helpers for code that runs in pages. */

/** Holds an event: the page's own handlers (and ours after this one) never see it. */
export function stopEvent(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** element.matches that answers false, not throws, for a selector this browser does not know. */
export function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}
