/**
 * Background: opens the welcome page once on install, and keeps the content script
 * registered on other websites exactly when the parent (or a policy) turned that on and
 * the browser granted the optional permission.
 */
import { browser } from 'wxt/browser';
import { openWelcomeOnce } from '../settings/install';
import { syncOtherSites } from '../settings/other-sites';
import { watchSettings } from '../settings/watch';
import { readSettings } from '../settings/read';
import { familyRegion } from '../guidance/locale';
import { childHelp } from '../guidance/child-help';
import { t } from '../guidance/i18n';
import { CHILD_HELP_REQUEST } from '../vocabulary/messages';

export default defineBackground(() => {
  const sync = () => void syncOtherSites().catch((error) => console.warn('Safe Nudge: other sites', error));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void openWelcomeOnce(reason);
    sync();
  });
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  watchSettings(sync);
  // The reminder's "Get help" card asks which helpline and emergency number to show: the
  // family's region (policy, the parent's choice, or this computer's language and time zone).
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== CHILD_HELP_REQUEST) return undefined;
    return readSettings().then((settings) => childHelp(familyRegion(settings.region), t));
  });
});
