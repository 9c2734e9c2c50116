/**
 * Background: opens the welcome page once on install, keeps the content script registered
 * on other websites exactly when the parent (or a policy) turned that on and the browser
 * granted the optional permission, answers the reminder's help card, and opens and closes the
 * photo checker page.
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
import { PHOTO_CHECK_IDLE, PHOTO_CHECK_OPEN } from '../vocabulary/photo-check';
import { closeChecker, openChecker } from '../photo-check/host';

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
  browser.runtime.onMessage.addListener((message: unknown) => {
    const type = (message as { type?: unknown } | null)?.type;
    // The reminder's "Get help" card asks which helpline and emergency number to show: the
    // family's region (policy, the parent's choice, or this computer's language and time zone).
    if (type === CHILD_HELP_REQUEST) return readSettings().then((settings) => childHelp(familyRegion(settings.region), t));
    // A photo is being shared: open the on-device checker (photo-check/host.ts); it asks to be
    // closed after a minute with nothing to check. Its checks go to it directly, not through here.
    if (type === PHOTO_CHECK_OPEN) return openChecker(browser.runtime).then(() => true, () => false);
    if (type === PHOTO_CHECK_IDLE) return closeChecker(browser.runtime).then(() => true);
    return undefined;
  });
});
