/**
 * "Also remind on other websites". Off by default: the manifest asks only for the social
 * sites Safe Nudge knows. When a parent turns it on, the options page asks for the optional
 * host permission; the background then registers the same content script everywhere else.
 * Registration follows both the setting and the permission, so revoking the permission in
 * the browser's own settings, or a policy turning it off, unregisters it.
 */
import { browser } from 'wxt/browser';
import { SOCIAL_MATCHES } from '../content/sites/matches';
import { readSettings } from './read';

export const OTHER_ORIGINS = ['https://*/*', 'http://*/*'];
export const OTHER_SITES_SCRIPT_ID = 'safe-nudge-other-sites';
/** The content script's file in the build (entrypoints/content.ts). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

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

async function isRegistered(): Promise<boolean> {
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [OTHER_SITES_SCRIPT_ID] });
  return scripts.length > 0;
}

/** Registers or unregisters the content script on other websites to match setting and permission. */
export async function syncOtherSites(): Promise<'registered' | 'unregistered'> {
  const [{ otherSites }, granted] = await Promise.all([readSettings(), hasOtherSitesPermission()]);
  const want = otherSites && granted;
  const have = await isRegistered();
  if (want && !have) {
    await browser.scripting.registerContentScripts([
      {
        id: OTHER_SITES_SCRIPT_ID,
        js: [CONTENT_SCRIPT_FILE],
        matches: OTHER_ORIGINS,
        // The manifest's content script already runs on the known social sites.
        excludeMatches: SOCIAL_MATCHES,
        runAt: 'document_start',
      },
    ]);
  } else if (!want && have) {
    await browser.scripting.unregisterContentScripts({ ids: [OTHER_SITES_SCRIPT_ID] });
  }
  return want ? 'registered' : 'unregistered';
}
