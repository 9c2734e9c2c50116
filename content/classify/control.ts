/**
 * From an event's composed path to the control the child meant, and what it is called.
 * Sites wrap labels in spans, draw icons as SVG with only an aria-label, put controls in open
 * shadow roots, and make plain divs clickable with a script handler and no role. So the path
 * (not event.target) is walked, and besides buttons, links and ARIA roles, an element that the
 * browser shows as clickable counts too (decided at the click, from what the element says:
 * an aria-label, a tabindex, an onclick attribute, or cursor: pointer on it or just above).
 */
import { foldLabel, MAX_LABEL_LENGTH } from '../labels/fold';

const ACTIONABLE_ROLE = /^(?:button|link|menuitem(?:checkbox|radio)?|switch)$/i;
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
  return role !== null && ACTIONABLE_ROLE.test(role.trim());
}

/** The nearest actionable element on the path, and the path above it. */
export function findControl(path: readonly EventTarget[]): { control: Element; above: Element[] } | null {
  const candidates = findCandidates(path);
  const last = candidates[candidates.length - 1];
  return last && last.how === 'actionable' ? { control: last.control, above: last.above } : null;
}

/**
 * How a candidate shows it acts as a button: a native control or ARIA role ("actionable"); an
 * attribute a script-driven control carries ("marked": aria-label, tabindex, onclick); or only
 * by being right under the pointer ("near": it counts only if the page styles it, or its
 * parent, with cursor: pointer, which classify checks after the label matched).
 */
export interface Candidate {
  control: Element;
  above: Element[];
  how: 'actionable' | 'marked' | 'near';
}

/** Steps from what the pointer hit within which an unmarked element may be the control. */
const NEAR_STEPS = 3;

function isMarked(element: Element): boolean {
  return !!element.getAttribute('aria-label')?.trim() || element.hasAttribute('tabindex') || element.hasAttribute('onclick');
}

/**
 * Every element on the path that may be the control, nearest first, up to and including the
 * nearest actionable one (a button around a clickable div is the div's container, not another
 * control to try).
 */
export function findCandidates(path: readonly EventTarget[]): Candidate[] {
  const candidates: Candidate[] = [];
  const steps = Math.min(path.length, MAX_PATH_STEPS);
  for (let i = 0; i < steps; i++) {
    const node = path[i];
    if (!(node instanceof Element)) continue;
    if (node.localName === 'body' || node.localName === 'html') break;
    const actionable = isActionable(node);
    const how = actionable ? 'actionable' : isMarked(node) ? 'marked' : i < NEAR_STEPS ? 'near' : null;
    if (!how) continue;
    candidates.push({ control: node, above: path.slice(i + 1).filter((n): n is Element => n instanceof Element), how });
    if (actionable) break;
  }
  return candidates;
}

/** cursor: pointer on the element or its parent: how a page shows a div is clickable. */
export function looksClickable(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  for (let el: Element | null = element, i = 0; el && i < 2; el = el.parentElement, i++) {
    if (view.getComputedStyle(el).cursor === 'pointer') return true;
  }
  return false;
}

/** Hidden from everyone, or read by no one: none of it is the control's name. */
const UNREAD = /^(?:style|script|template)$/;

/** Name from content: text, with aria-label and alt standing in for what they label. */
function contentName(node: Node, budget: { left: number }): string {
  if (budget.left <= 0) return '';
  budget.left--;
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden')) return '';
  const tag = node.localName;
  if (UNREAD.test(tag)) return '';
  const aria = node.getAttribute('aria-label');
  if (aria && aria.trim()) return ` ${aria} `;
  if (tag === 'img' || (tag === 'input' && node.getAttribute('type') === 'image')) return ` ${node.getAttribute('alt') ?? ''} `;
  let text = '';
  // A slot shows what the page put in it (or its own fallback); a shadow host shows its shadow tree.
  const children: Iterable<Node> =
    tag === 'slot' && (node as HTMLSlotElement).assignedNodes?.().length
      ? (node as HTMLSlotElement).assignedNodes({ flatten: true })
      : childNodesOf(node.shadowRoot ?? node);
  for (const child of children) {
    if (text.length > MAX_LABEL_LENGTH * 2) break;
    text += contentName(child, budget);
  }
  return BLOCK.test(tag) || showsAsBlock(node) ? ` ${text} ` : text;
}

function* childNodesOf(node: Node): Iterable<Node> {
  for (let child = node.firstChild; child; child = child.nextSibling) yield child;
}

const BLOCK = /^(?:div|p|li|br)$/;

/**
 * An inline tag the page lays out as a block or flex item (a browser shows a gap between
 * "Add" and "friend" then). Asked only when it touches another element with no text between,
 * the one case where it changes the words.
 */
function showsAsBlock(element: Element): boolean {
  if (!(element.previousSibling instanceof Element) && !(element.nextSibling instanceof Element)) return false;
  const display = element.ownerDocument.defaultView?.getComputedStyle(element).display ?? '';
  return !/^(?:inline|contents|)$/.test(display);
}

function childrenName(element: Element): string {
  const budget = { left: 200 };
  let text = '';
  for (const child of childNodesOf(element.shadowRoot ?? element)) {
    if (text.length > MAX_LABEL_LENGTH * 2) break;
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
  const input = control.localName === 'input';
  const raw = [
    labelledByText(control),
    control.getAttribute('aria-label') ?? '',
    childrenName(control),
    input ? (control.getAttribute('value') ?? '') : '',
    input && control.getAttribute('type') === 'image' ? (control.getAttribute('alt') ?? '') : '',
    control.getAttribute('title') ?? '',
  ];
  const labels: string[] = [];
  for (const text of raw) {
    const folded = foldLabel(text);
    if (folded && folded.length <= MAX_LABEL_LENGTH && !labels.includes(folded)) labels.push(folded);
  }
  return labels;
}
