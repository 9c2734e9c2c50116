/**
 * "Also remind on other websites". Off by default: the manifest asks only for the social
 * sites Safe Nudge knows. When a parent turns it on, the options page asks for the optional
 * host permission; the background then registers the same content script everywhere else.
 * Registration follows both the setting and the permission, so revoking the permission in
 * the browser's own settings, or a policy turning it off, unregisters it.
 */
import { browser } from 'wxt/browser';
import { SOCIAL_MATCHES } from '../vocabulary/sites';
import { readSettings } from './read';

export const OTHER_ORIGINS = ['https://*/*', 'http://*/*'];
/**
 * The same two scripts the manifest runs on the social sites (entrypoints/nudge.ts and the
 * page-world file-picker helper, entrypoints/file-picker.content.ts), as files in the build.
 */
export const OTHER_SITES_SCRIPTS = [
  { id: 'safe-nudge-other-sites', js: ['nudge.js'] },
  { id: 'safe-nudge-other-sites-page', js: ['content-scripts/file-picker.js'], world: 'MAIN' as const },
];
const IDS = OTHER_SITES_SCRIPTS.map((script) => script.id);

export async function hasOtherSitesPermission(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: OTHER_ORIGINS });
  } catch {
    return false;
  }
}

/**
 * Must be called straight from the click handler, before any other await: browsers grant a
 * permission prompt only inside the user's gesture.
 */
export function requestOtherSitesPermission(): Promise<boolean> {
  return browser.permissions.request({ origins: OTHER_ORIGINS }).catch(() => false);
}

export async function removeOtherSitesPermission(): Promise<void> {
  await browser.permissions.remove({ origins: OTHER_ORIGINS }).catch(() => false);
}

async function registeredIds(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: IDS });
  return scripts.map((script) => script.id);
}

/** Registers or unregisters the content script on other websites to match setting and permission. */
export async function syncOtherSites(): Promise<'registered' | 'unregistered'> {
  const [{ otherSites }, granted] = await Promise.all([readSettings(), hasOtherSitesPermission()]);
  const want = otherSites && granted;
  const have = await registeredIds();
  if (want) {
    const missing = OTHER_SITES_SCRIPTS.filter((script) => !have.includes(script.id));
    if (missing.length > 0) {
      await browser.scripting.registerContentScripts(
        missing.map((script) => ({
          ...script,
          matches: OTHER_ORIGINS,
          // The manifest's content scripts already run on the known social sites.
          excludeMatches: SOCIAL_MATCHES,
          runAt: 'document_start' as const,
        })),
      );
    }
  } else if (have.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: have });
  }
  return want ? 'registered' : 'unregistered';
}
