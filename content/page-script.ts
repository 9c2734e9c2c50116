/**
 * Safe Nudge's page script (built as nudge.js by build/content-bundles.ts), on the social sites
 * it knows (and, if the parent allows, others). The manifest runs it after the site's rule
 * script (build/content-bundles.ts), in the extension's isolated world, at document_start.
 *
 * What it costs: it reads the settings once and follows their changes (one storage listener),
 * and takes the key of the page-world helper's channel once. While the site is on, it has
 * capture listeners on the window (click, keys, input/change, drop, paste, focus, navigation);
 * no observer, no timer, no polling. A handler only classifies the path of the event it was
 * given; the reminder UI is loaded only when the child is about to act. On the seven chat sites
 * (their rule carries a chat rule) a key typed in something editable loads the chat check, and
 * Enter or a send click is checked for personal details (content/chat/sends.ts).
 *
 * Off on a site the parent turned off (or with both kinds off): the listeners go as soon as
 * the settings say so, before the page has usually run a script of its own, so the page's
 * events reach no handler of ours and nothing is classified. They come back when the parent
 * turns the site on again. (They are added at document_start before the settings can be read,
 * so that on a site that is on they see every event before the page's own listeners.)
 *
 * An orphaned copy (the extension was updated or turned off: Chrome takes the runtime id away)
 * removes its listeners at the first event it hears, and stays off.
 */
import type { SiteRule } from './sites/types';
import { ext } from './ext';
import { abandonHeld } from './hold/held';
import { receiveHandoffKey } from './hold/handoff-key';
import { listen, type HandoffKeys } from './listen';
import { listenForSends } from './chat/sends';
import { decide, startState } from './state';
import { warmChat } from './chat-loader';

/** The channel key, taken once at start (the helper offers it only then), for every time listening starts. */
function handoffKeys(): HandoffKeys {
  let key: string | null = null;
  const waiting: ((key: string) => void)[] = [];
  receiveHandoffKey((taken) => {
    key = taken;
    for (const onKey of waiting.splice(0)) onKey(taken);
  });
  return (onKey) => (key ? onKey(key) : void waiting.push(onKey));
}

export function startPageScript(rule: SiteRule | null): void {
  const api = ext();
  const site = rule?.id ?? 'other';
  const keys = handoffKeys();
  let listening: AbortController | null = null;

  const stop = () => {
    listening?.abort();
    listening = null;
  };
  // Asked at every event (a property read): an orphaned copy stops at the first one.
  const installed = () => !!api?.runtime.id || (stop(), false);
  const start = () => {
    // An orphaned copy never starts again.
    if (listening || !api?.runtime.id) return;
    const { signal } = (listening = new AbortController());
    const on = (target: EventTarget, type: string, listener: (event: Event) => void) =>
      target.addEventListener(type, (event) => installed() && listener(event), { capture: true, signal });
    listen((type, listener) => on(window, type, listener), rule, keys);
    // After listen's: an event inside the reminder is stopped there and never reaches these.
    const chat = rule?.chat;
    if (chat) listenForSends((type, listener) => on(window, type, listener), chat, site);
    // An open conversation loads the chat check, which watches its message list for warning
    // signs (content/chat/watch.ts) and follows route changes itself from then on.
    const signs = () => chat?.conversation.pattern.test(location.pathname) && warmChat().then((check) => check?.watchSigns(chat, site, decide));
    signs();
    // A route change while the child decides cancels the held action (no stale reminder).
    const routed = () => (abandonHeld(location.href), signs());
    const navigation = (window as { navigation?: EventTarget }).navigation;
    if (navigation) on(navigation, 'navigatesuccess', routed);
    on(window, 'popstate', routed);
  };

  start();
  startState(({ sitesOff, kinds }) => {
    // On: the site is not turned off, and at least one kind is on.
    if (!sitesOff.includes(site) && Object.values(kinds).some((kind) => kind.enabled)) return start();
    if (!listening) return;
    stop();
    // A reminder can no longer be answered without the listeners: what is held is let go
    // as "not now" (no page has the href '').
    abandonHeld('');
  });
}
