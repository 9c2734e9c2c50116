/**
 * Holding a send (issue 12, kind `personal-info`): Enter in a chat site's message box, or a
 * click on its send control, when the message about to go has personal details in it. Trusted
 * events only; the message box and send control come from the site's chat rule, nothing else
 * of the page is read, and nothing of the message is kept (the check returns categories).
 *
 * Reading and holding the send is the lazy chat check's job (content/chat/send-of.ts), warmed by the
 * first key typed in something editable, so at the send it is almost always here and answers in the
 * same task. If it is not (an Enter within milliseconds of the focus), an Enter in an editable
 * element whose words the cheap test below calls "maybe" is held while it loads, then checked;
 * other sends go unchecked. If it cannot load in time, what was held is sent: nothing is lost.
 * "Not now" sends nothing and leaves the text in the box as it was.
 */
import type { ChatRule } from './sites/types';
import { loadedChat, warmChat, type SendHold } from '../chat-loader';
import { heldOwner, intercept, LOAD_WAIT_MS } from '../hold/held';
import { MODIFIERS, replayKey } from '../hold/replay';
import { chatRegion, decide } from '../state';
import { stopEvent } from '../dom';

type Add = (type: string, listener: (event: Event) => void) => void;
type SendEvent = KeyboardEvent | MouseEvent;

/** Words the check should see even before it has loaded: digits, "@", "/", or a sentence. */
const MAYBE = /[\d@/]|\S+\s+\S+\s+\S+/;

/** An Enter being checked while the check loads: another Enter joins it (a reminder up covers the box). */
let pending = false;

const editable = (target: EventTarget | undefined): target is HTMLElement =>
  target instanceof HTMLTextAreaElement || (target instanceof HTMLElement && target.isContentEditable);

/** The hold the loaded check decides with (content/chat/send-of.ts's holdSend): this script's own. */
const page: SendHold = { intercept, region: chatRegion };

/** The check is not here yet: an Enter that may carry details waits for it (LOAD_WAIT_MS at most). */
function holdWhileLoading(event: KeyboardEvent, path: EventTarget[], rule: ChatRule, site: string): void {
  const target = path[0];
  if (!editable(target) || !MAYBE.test((target as HTMLTextAreaElement).value ?? target.innerText)) return;
  stopEvent(event);
  pending = true;
  const settle = () => {
    if (!pending) return;
    pending = false;
    clearTimeout(timer);
    const check = loadedChat();
    // Already stopped: intercept holds it without stopping it again; anything else sends it.
    const held = check && heldOwner() === null ? check.holdSend(event, path, rule, site, page) : null;
    if (held !== true) (held ?? (() => replayKey(event, target)))();
  };
  const timer = setTimeout(settle, LOAD_WAIT_MS);
  void warmChat().then(settle);
}

export function listenForSends(add: Add, rule: ChatRule, site: string): void {
  const on = (type: string, run: (event: SendEvent, path: EventTarget[]) => void) =>
    add(type, (event) => {
      try {
        // The path is read now: after its dispatch an event has none.
        if (event.isTrusted && decide('personal-info', site) !== 'off') run(event as SendEvent, event.composedPath());
      } catch {
        /* unsure: the send goes on as without Safe Nudge */
      }
    });
  on('keydown', (event, path) => {
    const key = event as KeyboardEvent;
    // Typing warms the check: by the Enter that ends a message it is here.
    if (key.key !== 'Enter') return editable(path[0]) && void warmChat();
    if (pending) return stopEvent(key); // joins the Enter being checked
    if (key.isComposing || MODIFIERS.some((name) => key[name])) return;
    const check = loadedChat();
    if (check) check.holdSend(key, path, rule, site, page);
    else holdWhileLoading(key, path, rule, site);
  });
  on('click', (event, path) => void loadedChat()?.holdSend(event, path, rule, site, page));
}
