/**
 * Reading a chat page with a site's chat rule (sites/<id>.ts). Pure: elements and an event path
 * in, elements out. An invalid selector (a site rule typo, a browser without :has) matches
 * nothing rather than throwing.
 */
import type { ChatAlternative, ChatRule } from './sites/types';

function matches(element: Element, alternatives: readonly ChatAlternative[] | undefined): boolean {
  if (!alternatives) return false;
  for (const { selector } of alternatives) {
    try {
      if (element.matches(selector)) return true;
    } catch {
      /* not a selector this browser reads */
    }
  }
  return false;
}

function first(root: ParentNode, alternatives: readonly ChatAlternative[] | undefined): Element | null {
  for (const { selector } of alternatives ?? []) {
    try {
      const found = root.querySelector(selector);
      if (found) return found;
    } catch {
      /* not a selector this browser reads */
    }
  }
  return null;
}

/** Elements of the path, nearest first, that are in the document's own tree or open shadow roots. */
const elementsOf = (path: readonly EventTarget[]): Element[] => path.filter((node): node is Element => node instanceof Element);

/** The message box an event comes from (its target or an ancestor), or null. */
export function composerOf(path: readonly EventTarget[], rule: ChatRule): Element | null {
  for (const element of elementsOf(path).slice(0, 12)) if (matches(element, rule.composer)) return element;
  return null;
}

/** The site's send control a click lands on (its target or an ancestor), or null. */
export function sendControlOf(path: readonly EventTarget[], rule: ChatRule): Element | null {
  if (!rule.send) return null;
  for (const element of elementsOf(path).slice(0, 8)) if (matches(element, rule.send)) return element;
  return null;
}

/**
 * The nearest element matching `alternatives` around `from`: inside the closest of its
 * ancestors (up to `levels`) that has one. So a send control finds its own message box, and a
 * message box its own send control, when a page has more than one (comment boxes).
 */
export function nearest(from: Element, alternatives: readonly ChatAlternative[] | undefined, levels = 8): Element | null {
  let at: Element | null = from;
  for (let level = 0; at && level <= levels; level++, at = at.parentElement) {
    const found = first(at, alternatives);
    if (found) return found;
  }
  return null;
}

/** The composer a send control sends (the one on the page; chat pages show one). */
export function composerNear(root: ParentNode, rule: ChatRule): Element | null {
  return first(root, rule.composer);
}

/** The open conversation's message list, or null when no conversation is open. */
export function messageList(root: ParentNode, rule: ChatRule): Element | null {
  return first(root, rule.messages);
}

/**
 * The incoming messages in (or at) a node added to the list: the node itself, its ancestors up
 * to the list, or its descendants. Messages the site marks as the child's own are left out.
 */
export function incomingIn(node: Node, list: Element, rule: ChatRule): Element[] {
  if (!(node instanceof Element)) return node.parentElement ? incomingIn(node.parentElement, list, rule) : [];
  const found = new Set<Element>();
  for (let at: Element | null = node; at && at !== list; at = at.parentElement) {
    if (matches(at, rule.incoming)) {
      found.add(at);
      break;
    }
  }
  for (const { selector } of rule.incoming) {
    try {
      node.querySelectorAll(selector).forEach((element) => found.add(element));
    } catch {
      /* not a selector this browser reads */
    }
  }
  return [...found].filter((element) => !matches(element, rule.outgoing) && !elementsUp(element, list).some((up) => matches(up, rule.outgoing)));
}

function elementsUp(element: Element, stop: Element): Element[] {
  const out: Element[] = [];
  for (let at = element.parentElement; at && at !== stop; at = at.parentElement) out.push(at);
  return out;
}

/** The words of one message: its text element's, or its own. */
export function messageText(message: Element, rule: ChatRule): string {
  const text = first(message, rule.text) ?? message;
  return (text.textContent ?? '').trim();
}

/** Whether the page's address is an open conversation on this site. */
export function isConversation(url: URL, rule: ChatRule): boolean {
  return rule.conversation.pattern.test(url.pathname);
}
