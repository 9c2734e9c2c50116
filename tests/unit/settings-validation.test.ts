/** Bad stored values fall back per setting; the others are kept; saving validates too. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../model/settings';
import { readSettings, readStoredSettings } from '../../settings/read';
import { saveDailyCap, saveKind, saveOtherSites, saveRegion, saveSiteOn } from '../../settings/write';

const store = (values: Record<string, unknown>) => fakeBrowser.storage.local.set(values);

describe('reading settings', () => {
  it('gives the defaults on a fresh install', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads every setting in one storage call (the popup waits for it before showing help)', async () => {
    await store({ region: 'US', dailyCap: 3 });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    try {
      const settings = await readStoredSettings();
      expect(get).toHaveBeenCalledTimes(1);
      expect(settings).toMatchObject({ region: 'US', dailyCap: 3 });
    } finally {
      get.mockRestore();
    }
  });

  it('gives the defaults when storage cannot be read at all', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage unavailable'));
    try {
      expect(await readStoredSettings()).toEqual(DEFAULT_SETTINGS);
    } finally {
      get.mockRestore();
    }
  });

  it('keeps good values and drops only the bad one', async () => {
    await store({
      kinds: { 'friend-request': { enabled: false, mode: 'reminder' }, 'image-upload': { enabled: 'yes', mode: 'shout' } },
      sitesOff: ['tiktok', 42, 'NOT OK', 'tiktok', 'x'],
      dailyCap: -3,
      region: 'US',
      otherSites: 'true',
      photoScope: 'sometimes',
    });
    expect(await readSettings()).toEqual({
      kinds: {
        'friend-request': { enabled: false, mode: 'reminder' },
        'image-upload': { enabled: true, mode: 'pause' },
        'personal-info': { enabled: true, mode: 'pause' },
        'warning-signs': { enabled: true, mode: 'pause' },
      },
      sitesOff: ['tiktok', 'x'],
      dailyCap: DEFAULT_SETTINGS.dailyCap,
      region: 'US',
      otherSites: false,
      photoScope: 'every',
    });
  });

  it('keeps a valid photo scope ("only when a photo may show nudity") and drops a corrupt one to "every photo"', async () => {
    await store({ photoScope: 'nudity' });
    expect((await readSettings()).photoScope).toBe('nudity');
    for (const bad of ['NUDITY', 1, null, ['nudity'], { scope: 'nudity' }]) {
      await store({ photoScope: bad });
      expect((await readSettings()).photoScope, JSON.stringify(bad)).toBe('every');
    }
  });

  it('survives wrong types, corrupt JSON text from an old version, and unknown keys', async () => {
    await store({
      kinds: '{"friend-request": {"enabled": fa',
      sitesOff: { tiktok: true },
      dailyCap: '5',
      region: 'Narnia',
      otherSites: null,
      settings: '{"old": "format"',
      somethingNew: 1,
    });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the other settings when one is corrupt', async () => {
    await store({ kinds: [1, 2, 3], dailyCap: 5, region: 'AU', sitesOff: ['reddit'], otherSites: true });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, dailyCap: 5, region: 'AU', sitesOff: ['reddit'], otherSites: true });
  });

  it.each([[1.5], [1001], [NaN], [Infinity]])('rejects the daily cap %s', async (cap) => {
    await store({ dailyCap: cap });
    expect((await readSettings()).dailyCap).toBe(DEFAULT_SETTINGS.dailyCap);
  });
});

describe('saving settings', () => {
  it('saves one kind without touching the other', async () => {
    await saveKind('image-upload', { mode: 'reminder' });
    await saveKind('friend-request', { enabled: false });
    expect((await readStoredSettings()).kinds).toEqual({
      'friend-request': { enabled: false, mode: 'pause' },
      'image-upload': { enabled: true, mode: 'reminder' },
      'personal-info': { enabled: true, mode: 'pause' },
      'warning-signs': { enabled: true, mode: 'pause' },
    });
  });

  it('turns sites off and on', async () => {
    await saveSiteOn('tiktok', false);
    await saveSiteOn('x', false);
    await saveSiteOn('tiktok', true);
    expect((await readStoredSettings()).sitesOff).toEqual(['x']);
  });

  it('refuses a bad daily cap and keeps the old one', async () => {
    await saveDailyCap(7);
    await expect(saveDailyCap(-1)).rejects.toThrow();
    await expect(saveDailyCap(2.5)).rejects.toThrow();
    expect((await readStoredSettings()).dailyCap).toBe(7);
  });

  it('remembers a region, and null goes back to the browser language', async () => {
    await saveRegion('CA');
    expect((await readStoredSettings()).region).toBe('CA');
    await saveRegion('Narnia');
    expect((await readStoredSettings()).region).toBeNull();
  });

  it('saves "other websites"', async () => {
    await saveOtherSites(true);
    expect((await readStoredSettings()).otherSites).toBe(true);
  });
});
