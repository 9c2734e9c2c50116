/**
 * From an event's composed path to the control the child meant, and what it is called.
 * Sites wrap labels in spans, draw icons as SVG with only an aria-label, and put controls in
 * open shadow roots, so the path (not event.target) is walked to the nearest actionable element.
 */
import { foldLabel, MAX_LABEL_LENGTH } from '../labels/fold';

const ACTIONABLE_ROLES = new Set(['button', 'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'switch']);
const ACTIONABLE_INPUTS = new Set(['button', 'submit', 'image']);
/** A control is never further than this from what the pointer hit. */
const MAX_PATH_STEPS = 12;

export function isActionable(element: Element): boolean {
  const tag = element.localName;
  if (tag === 'button') return true;
  // Links act with or without href (VK's friend links run on click handlers).
  if (tag === 'a') return true;
  if (tag === 'input') return ACTIONABLE_INPUTS.has((element.getAttribute('type') ?? '').toLowerCase());
  const role = element.getAttribute('role');
  return role !== null && ACTIONABLE_ROLES.has(role.trim().toLowerCase());
}

/** The nearest actionable element on the path, and the path above it. */
export function findControl(path: readonly EventTarget[]): { control: Element; above: Element[] } | null {
  const steps = Math.min(path.length, MAX_PATH_STEPS);
  for (let i = 0; i < steps; i++) {
    const node = path[i];
    if (!(node instanceof Element)) continue;
    if (node.localName === 'body' || node.localName === 'html') return null;
    if (isActionable(node)) {
      return { control: node, above: path.slice(i + 1).filter((n): n is Element => n instanceof Element) };
    }
  }
  return null;
}

function isHidden(element: Element): boolean {
  return element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden');
}

/** Name from content: text, with aria-label and alt standing in for what they label. */
function contentName(node: Node, budget: { left: number }): string {
  if (budget.left <= 0) return '';
  budget.left--;
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (!(node instanceof Element) || isHidden(node)) return '';
  const tag = node.localName;
  if (tag === 'style' || tag === 'script' || tag === 'template') return '';
  const aria = node.getAttribute('aria-label');
  if (aria && aria.trim()) return ` ${aria} `;
  if (tag === 'img') return ` ${node.getAttribute('alt') ?? ''} `;
  let text = '';
  for (let child = node.firstChild; child && text.length <= MAX_LABEL_LENGTH * 2; child = child.nextSibling) {
    text += contentName(child, budget);
  }
  return ['div', 'p', 'li', 'br'].includes(tag) ? ` ${text} ` : text;
}

function childrenName(element: Element): string {
  const budget = { left: 200 };
  let text = '';
  for (let child = element.firstChild; child && text.length <= MAX_LABEL_LENGTH * 2; child = child.nextSibling) {
    text += contentName(child, budget);
  }
  return text;
}

function labelledByText(element: Element): string {
  const ids = element.getAttribute('aria-labelledby');
  if (!ids) return '';
  const root = element.getRootNode() as Document | ShadowRoot;
  return ids
    .split(/\s+/)
    .map((id) => (id && typeof root.getElementById === 'function' ? root.getElementById(id)?.textContent ?? '' : ''))
    .join(' ');
}

/**
 * Every way the control is named, folded: accessible name sources and visible text. A rule
 * matches if any of them matches; an ignore rule wins if any of them matches.
 */
export function controlLabels(control: Element): string[] {
  const raw = [
    labelledByText(control),
    control.getAttribute('aria-label') ?? '',
    childrenName(control),
    control.localName === 'input' ? (control.getAttribute('value') ?? '') : '',
    control.getAttribute('title') ?? '',
  ];
  const labels: string[] = [];
  for (const text of raw) {
    const folded = foldLabel(text);
    if (folded && folded.length <= MAX_LABEL_LENGTH && !labels.includes(folded)) labels.push(folded);
  }
  return labels;
}
