/**
 * Warning signs in messages the child receives (issue 12, kind `warning-signs`), part of the
 * lazily loaded chat check. The page script loads the check on an open conversation (the chat
 * rule's `conversation` pattern, at start and on a route change) and calls watchSigns.
 *
 * What it costs: one MutationObserver on the rule's message list only (never the whole page),
 * which reads the messages added to it: incoming ones (the rule's `incoming`, not its
 * `outgoing`), at the end of the list, after the list has settled. Messages already there when
 * it starts, a batch of several at once (history loading) and anything added above the newest
 * message (scrolling back) are never read. While no list is found yet it looks again a few
 * times, then on the child's clicks and keys (a list the site replaced is found the same way).
 * Off: the kind or the site switched off reads nothing.
 *
 * Nothing of a message is kept: the conversation reader keeps only which cue a message had
 * (chat/signs/conversation.ts), and "already shown today" is a salted hash (sign-gate.ts).
 */
import type { SignId } from '../../chat/types';
import type { ChatRule } from './sites/types';
import { ConversationSigns } from '../../chat/signs/conversation';
import { incomingIn, isConversation, messageList, messageText } from './find';
import { firstToday } from './sign-gate';
import { showSignNote } from './sign-show';

/** The page script's answer for a kind on a site, read at each new message ('off': read nothing). */
export type Decide = (kind: 'warning-signs', site: string) => string;

/** Sites render a conversation's history in the first moments: nothing added then is new. */
export const SETTLE_MS = 1500;
/** More incoming messages than this in one go is history loading, not someone writing. */
export const MAX_NEW_AT_ONCE = 3;
const FIND_TRIES = 20;
const FIND_EVERY_MS = 500;

/** The most telling sign first: that is the one the note names. */
export const SIGN_ORDER: readonly SignId[] = ['sexual', 'photos', 'meet', 'secrecy', 'move-app', 'gifts', 'personal-questions', 'flattery-urgency'];

interface Watch {
  rule: ChatRule;
  site: string;
  decide: Decide;
  show: (sign: SignId, site: string) => void;
  /** The conversation's address (path and hash) being watched, or null. */
  key: string | null;
  list: Element | null;
  observer: MutationObserver | null;
  signs: ConversationSigns;
  /** The newest incoming message seen: anything found before it in the list is older. */
  newest: Element | null;
  startedAt: number;
  tries: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  read: WeakSet<Element>;
}

let watch: Watch | null = null;

const conversationKey = (): string => location.pathname + location.hash;

function stopObserving(at: Watch): void {
  at.observer?.disconnect();
  at.observer = null;
  at.list = null;
  clearTimeout(at.timer);
}

function incomingOf(list: Element, rule: ChatRule): Element[] {
  return incomingIn(list, list, rule);
}

function attach(at: Watch): void {
  const list = messageList(document, at.rule);
  if (!list) {
    if (at.tries++ < FIND_TRIES) at.timer = setTimeout(() => attach(at), FIND_EVERY_MS);
    return;
  }
  at.list = list;
  const present = incomingOf(list, at.rule);
  for (const message of present) at.read.add(message);
  at.newest = present.at(-1) ?? null;
  at.startedAt = performance.now();
  at.observer = new MutationObserver((records) => onAdded(at, list, records));
  at.observer.observe(list, { childList: true, subtree: true });
}

/** The page's address or list changed: a new conversation starts afresh, the same one carries on. */
export function refresh(at: Watch | null = watch): void {
  if (!at || at !== watch) return;
  const key = isConversation(new URL(location.href), at.rule) ? conversationKey() : null;
  if (key !== at.key) {
    stopObserving(at);
    at.key = key;
    at.signs = new ConversationSigns();
    at.newest = null;
    at.tries = 0;
    if (key) attach(at);
    return;
  }
  // The same address with the list gone or replaced (WhatsApp Web keeps one address).
  if (key && (!at.list?.isConnected || messageList(document, at.rule) !== at.list)) {
    stopObserving(at);
    at.tries = FIND_TRIES; // one look now, the next on the child's next event
    attach(at);
  }
}

function onAdded(at: Watch, list: Element, records: MutationRecord[]): void {
  try {
    if (at.decide('warning-signs', at.site) === 'off' || at.list !== list) return;
    const found = new Set<Element>();
    for (const record of records) for (const node of record.addedNodes) for (const message of incomingIn(node, list, at.rule)) found.add(message);
    const fresh = [...found].filter((message) => !at.read.has(message) && list.contains(message));
    for (const message of fresh) at.read.add(message);
    if (fresh.length === 0 || performance.now() - at.startedAt < SETTLE_MS || fresh.length > MAX_NEW_AT_ONCE) return;
    fresh.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    for (const message of fresh) {
      // Above the newest message already seen: history, not a new message.
      const newest = at.newest;
      if (newest?.isConnected && message.compareDocumentPosition(newest) & Node.DOCUMENT_POSITION_FOLLOWING) continue;
      at.newest = message;
      const signs = at.signs.read(messageText(message, at.rule));
      const sign = SIGN_ORDER.find((id) => signs.includes(id));
      const key = at.key;
      if (sign && key) void firstToday(at.site, key).then((first) => first && at.show(sign, at.site));
    }
  } catch {
    /* unsure: the chat goes on as without Safe Nudge */
  }
}

/**
 * Starts watching this page's conversations (once; later calls only look again). `show` puts
 * the note up (tests give their own).
 */
export function watchSigns(rule: ChatRule, site: string, decide: Decide, show: Watch['show'] = showSignNote): void {
  if (watch) return refresh(watch);
  const at: Watch = (watch = {
    rule, site, decide, show, key: null, list: null, observer: null, signs: new ConversationSigns(), newest: null, startedAt: 0, tries: 0,
    timer: undefined, read: new WeakSet(),
  });
  const again = () => refresh(at);
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', again);
  for (const type of ['popstate', 'hashchange', 'click', 'keydown']) window.addEventListener(type, again, { capture: true, passive: true });
  refresh(at);
}

/** For tests: forget the watch (its listeners stay, doing nothing). */
export function stopWatching(): void {
  if (watch) stopObserving(watch);
  watch = null;
}
