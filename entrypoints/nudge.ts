/**
 * Safe Nudge's page script (built as nudge.js), on the social sites it knows (and, if the
 * parent allows, others). The manifest runs it after the site's rule script
 * (build/content-bundles.ts), in the extension's isolated world, at document_start.
 *
 * What it costs: it adds capture listeners on the window (click, keys, input/change, drop,
 * paste, focus) and reads the settings once. No observer, no timer, no polling. A handler only
 * classifies the path of the event it was given; the reminder UI is loaded only when the child
 * is about to act. Off entirely on sites the parent turned off (checked per event).
 *
 * An unlisted script rather than WXT's content script: it needs none of WXT's content-script
 * context (3 KB, and it posts a start-up message pages can see), only to stop when the
 * extension is updated or turned off, which Chrome shows by taking the runtime id away.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registeredSiteRule } from '../content/sites/site-rule';
import { listen } from '../content/listen';
import { startState } from '../content/state';
import { abandonHeld } from '../content/hold/held';
import { ext } from '../content/ext';

/** Events that begin an action: where an orphaned copy notices and stops. */
const STARTS = new Set(['pointerdown', 'keydown', 'input', 'change', 'drop', 'paste', 'navigatesuccess', 'popstate']);

export default defineUnlistedScript(() => {
  const stopped = new AbortController();
  const api = ext();
  // An orphaned copy (the extension was updated or turned off) removes its listeners at the
  // first event that starts something: every click or key of the child's begins with a press
  // or a key, so the events that follow it (release, click) need not ask the runtime again.
  const installed = () => {
    if (api?.runtime.id) return true;
    stopped.abort();
    return false;
  };
  const always = () => true;
  const on = (target: EventTarget, type: string, listener: (event: Event) => void) => {
    const check = STARTS.has(type) ? installed : always;
    target.addEventListener(type, (event) => check() && listener(event), { capture: true, signal: stopped.signal });
  };

  // Left by this site's rule script, which the manifest runs first.
  const rule = registeredSiteRule();
  startState();
  listen((type, listener) => on(window, type, listener), rule);
  // A route change while the child decides cancels the held action (no stale reminder).
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) on(navigation, 'navigatesuccess', () => abandonHeld(location.href));
  on(window, 'popstate', () => abandonHeld(location.href));
});
