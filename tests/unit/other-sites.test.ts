/** "Also remind on other websites": registered only with the setting on and the permission granted. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OTHER_ORIGINS, OTHER_SITES_SCRIPTS, syncOtherSites } from '../../settings/other-sites';
import { SOCIAL_MATCHES } from '../../vocabulary/sites';

let granted = false;
let registered: Array<{ id: string; matches?: string[]; excludeMatches?: string[]; js?: string[]; world?: string }> = [];

beforeEach(() => {
  granted = false;
  registered = [];
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => granted && origins.every((o) => OTHER_ORIGINS.includes(o))),
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id))),
    registerContentScripts: vi.fn(async (scripts: typeof registered) => void registered.push(...scripts)),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      registered = registered.filter((s) => !ids.includes(s.id));
    }),
  });
});

describe('syncOtherSites', () => {
  it('registers nothing by default', async () => {
    expect(await syncOtherSites()).toBe('unregistered');
    expect(registered).toEqual([]);
  });

  it('registers nothing when the setting is on but the permission was refused', async () => {
    await fakeBrowser.storage.local.set({ otherSites: true });
    expect(await syncOtherSites()).toBe('unregistered');
    expect(registered).toEqual([]);
  });

  it('registers both page scripts on other websites once, excluding the known sites', async () => {
    await fakeBrowser.storage.local.set({ otherSites: true });
    granted = true;
    await syncOtherSites();
    await syncOtherSites();
    expect(registered.map((s) => s.id)).toEqual(OTHER_SITES_SCRIPTS.map((s) => s.id));
    expect(registered[0]).toMatchObject({ js: ['nudge.js'], matches: OTHER_ORIGINS, excludeMatches: SOCIAL_MATCHES });
    expect(registered[1]).toMatchObject({ js: ['content-scripts/file-picker.js'], world: 'MAIN' });
  });

  it('unregisters when the permission is revoked or a policy turns it off', async () => {
    await fakeBrowser.storage.local.set({ otherSites: true });
    granted = true;
    await syncOtherSites();
    granted = false;
    expect(await syncOtherSites()).toBe('unregistered');
    expect(registered).toEqual([]);

    granted = true;
    await syncOtherSites();
    await fakeBrowser.storage.managed.set({ otherSites: false });
    await syncOtherSites();
    expect(registered).toEqual([]);
  });
});
