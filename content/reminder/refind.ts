/**
 * The held control was replaced while the child read the reminder (a feed re-rendered, a card
 * was redrawn; issue 10 §3(b)): the same control again, or null. "The same" is what the child
 * saw: a control the page script's classifier would hold (passed in, so this file carries no
 * second copy of it), with the same words, for the same person, in a card with the same text
 * around it, and the only one like that on the page. Never a guess between two. Runs once, on
 * "continue", in the reminder UI's file (the page script stays small).
 */
import type { ConnectHit } from '../classify/connect';

/** What may be a control: the candidates the classifier looks at, as a selector. */
const CONTROLS = 'button, a, input, [role], [aria-label], [tabindex], [onclick]';

const words = (element: Element) => `${element.getAttribute('aria-label') ?? ''}|${element.textContent ?? ''}`;

/** The text of the card around a control: its nearest ancestor (of six) with more text than it. */
function textAround(control: Element): string {
  const own = control.textContent ?? '';
  for (let above = control.parentElement, i = 0; above && i < 6; above = above.parentElement, i++) {
    const text = above.textContent ?? '';
    if (text.length > own.length) return text;
  }
  return '';
}

/** The path an event on `element` would take, as the classifier reads it (through shadow roots). */
function pathUp(element: Element): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) path.push(node);
  return path;
}

export function findAgain(
  control: Element,
  person: string | null,
  classify: (path: EventTarget[]) => ConnectHit | null,
  root: ParentNode = document,
): Element | null {
  const said = words(control);
  // A control removed on its own (not with its card) has nothing around it any more: then the
  // words, the person and being the only one decide.
  const around = textAround(control);
  let found: Element | null = null;
  for (const element of root.querySelectorAll(CONTROLS)) {
    if (element === control || words(element) !== said || (around && textAround(element) !== around)) continue;
    const hit = classify(pathUp(element));
    if (hit?.control !== element || hit.person !== person) continue;
    if (found) return null; // two alike: the child's choice was about one of them, and we cannot tell which
    found = element;
  }
  return found;
}
