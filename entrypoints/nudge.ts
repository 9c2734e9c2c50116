/**
 * The page script's entry (nudge.js): what it does and costs is content/page-script.ts.
 *
 * An unlisted script rather than WXT's content script: it needs none of WXT's content-script
 * context (3 KB, and it posts a start-up message pages can see), only to stop when the
 * extension is updated or turned off, which Chrome shows by taking the runtime id away.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registeredSiteRule } from '../content/sites/site-rule';
import { startPageScript } from '../content/page-script';

export default defineUnlistedScript(() => {
  // Left by this site's rule script, which the manifest runs first.
  startPageScript(registeredSiteRule());
});
