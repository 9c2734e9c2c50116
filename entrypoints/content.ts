/**
 * Safe Nudge's page script, on the social sites it knows (and, if the parent allows, others).
 *
 * What it costs: at document_start it adds capture listeners on the window (click, keys,
 * input/change, drop, paste, focus) and reads the settings once. No observer, no timer, no
 * polling. A handler only classifies the path of the event it was given; the reminder is built
 * only when an action is held. Off entirely on sites the parent turned off (checked per event),
 * and every listener is removed when the extension is updated or disabled (ctx).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { registeredSiteRule } from '../content/sites/site-rule';
import { listen } from '../content/listen';
import { startState } from '../content/state';
import { abandonHeld } from '../content/hold/held';

export default defineContentScript({
  // The manifest entries come from build/content-bundles.ts (per site, with the site's rule).
  registration: 'runtime',
  runAt: 'document_start',
  main(ctx) {
    // Left by this site's rule script, which the manifest runs first (build/content-bundles.ts).
    const rule = registeredSiteRule();
    startState();
    listen((type, listener) => ctx.addEventListener(window, type as 'click', listener, { capture: true }), rule);
    // A route change while the child decides cancels the held action (no stale reminder).
    const navigation = (window as { navigation?: EventTarget }).navigation;
    if (navigation) {
      ctx.addEventListener(navigation, 'navigatesuccess', () => abandonHeld(location.href));
    }
    ctx.addEventListener(window, 'popstate', () => abandonHeld(location.href));
  },
});
