/** A family's managed policy wins over the parent's stored choices, value by value, and locks them. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyManaged, readManaged, validManaged } from '../../settings/managed';
import { readEffectiveSettings, readSettings } from '../../settings/read';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import { LockedError, saveDailyCap, saveKind, saveRegion } from '../../settings/write';

const stored: Settings = { ...DEFAULT_SETTINGS, dailyCap: 5, region: 'US', sitesOff: ['x'] };

describe('validManaged', () => {
  it('keeps valid policy values only', () => {
    expect(
      validManaged({
        dailyCap: 3,
        region: 'GB',
        otherSites: true,
        sitesOff: ['tiktok', 7],
        kinds: { 'friend-request': { enabled: false, mode: 'loud' }, 'image-upload': 'no' },
        unknown: 1,
      }),
    ).toEqual({ dailyCap: 3, region: 'GB', otherSites: true, sitesOff: ['tiktok'], kinds: { 'friend-request': { enabled: false } } });
  });

  it('ignores invalid values so the parent keeps control of them', () => {
    expect(validManaged({ dailyCap: -1, region: 'Narnia', otherSites: 'yes', sitesOff: 'x', kinds: { other: {} } })).toEqual({});
    expect(validManaged(null)).toEqual({});
    expect(validManaged('policy')).toEqual({});
  });
});

describe('applyManaged', () => {
  it('policy wins and is locked; the rest stays the parent’s', () => {
    const { settings, locked } = applyManaged(stored, { dailyCap: 0, region: 'GB' });
    expect(settings).toEqual({ ...stored, dailyCap: 0, region: 'GB' });
    expect(locked.sort()).toEqual(['dailyCap', 'region']);
  });

  it('locks a kind named by the policy and merges the values it leaves out', () => {
    const parent: Settings = { ...stored, kinds: { ...stored.kinds, 'friend-request': { enabled: true, mode: 'reminder' } } };
    const { settings, locked } = applyManaged(parent, { kinds: { 'friend-request': { enabled: true } } });
    expect(settings.kinds['friend-request']).toEqual({ enabled: true, mode: 'reminder' });
    expect(locked).toEqual(['kinds.friend-request']);
  });

  it('changes nothing without a policy', () => {
    expect(applyManaged(stored, {})).toEqual({ settings: stored, locked: [] });
  });
});

describe('reading with a policy in storage.managed', () => {
  it('reads the effective settings and what is locked', async () => {
    await fakeBrowser.storage.local.set({ dailyCap: 5, region: 'US' });
    await fakeBrowser.storage.managed.set({ region: 'GB', kinds: { 'image-upload': { enabled: false } } });
    const { settings, locked } = await readEffectiveSettings();
    expect(settings.region).toBe('GB');
    expect(settings.dailyCap).toBe(5);
    expect(settings.kinds['image-upload']).toEqual({ enabled: false, mode: 'pause' });
    expect(locked.sort()).toEqual(['kinds.image-upload', 'region']);
    expect(await readSettings()).toEqual(settings);
  });

  it('treats a browser without a managed area (Firefox with no policy) as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    expect(await readManaged()).toEqual({});
  });

  it('refuses to save a locked setting, and saves the others', async () => {
    await fakeBrowser.storage.managed.set({ region: 'GB', kinds: { 'friend-request': { mode: 'pause' } } });
    await expect(saveRegion('US')).rejects.toBeInstanceOf(LockedError);
    await expect(saveKind('friend-request', { enabled: false })).rejects.toBeInstanceOf(LockedError);
    await saveKind('image-upload', { enabled: false });
    await saveDailyCap(9);
    const { settings } = await readEffectiveSettings();
    expect(settings.region).toBe('GB');
    expect(settings.kinds['friend-request'].enabled).toBe(true);
    expect(settings.kinds['image-upload'].enabled).toBe(false);
    expect(settings.dailyCap).toBe(9);
  });
});
