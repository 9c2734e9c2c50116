/** A family's managed policy wins over the parent's stored choices, value by value, and locks them. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REGION_CODES } from '../../guidance/contacts';
import { applyManaged, validManaged } from '../../model/policy';
import { readManaged } from '../../settings/managed';
import { readEffectiveSettings, readSettings } from '../../settings/read';
import { DEFAULT_SETTINGS, settingsFrom, type Settings } from '../../model/settings';
import { LockedError, saveDailyCap, saveKind, saveRegion } from '../../settings/write';
import { decide } from '../../content/state';
import { startStateWith } from './helpers/state';

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
      }, REGION_CODES),
    ).toEqual({ dailyCap: 3, region: 'GB', otherSites: true, sitesOff: ['tiktok'], kinds: { 'friend-request': { enabled: false } } });
  });

  it('ignores invalid values so the parent keeps control of them', () => {
    expect(validManaged({ dailyCap: -1, region: 'Narnia', otherSites: 'yes', sitesOff: 'x', kinds: { other: {} } }, REGION_CODES)).toEqual({});
    expect(validManaged(null, REGION_CODES)).toEqual({});
    expect(validManaged('policy', REGION_CODES)).toEqual({});
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

describe('the page script\'s reading of a policy (settingsFrom over the parent\'s settings)', () => {
  // Stored values and policies, valid and hostile, each field on its own and together.
  const storedCases: Record<string, unknown>[] = [
    {},
    { dailyCap: 5, region: 'US', sitesOff: ['x', 'tiktok'], otherSites: true, photoScope: 'nudity' },
    { kinds: { 'friend-request': { enabled: false, mode: 'reminder' }, 'image-upload': { mode: 'reminder' } }, dailyCap: 0 },
    { kinds: 'all', sitesOff: 'x', dailyCap: 1e9, region: 7, otherSites: 'yes', photoScope: 'none' },
  ];
  const policies: unknown[] = [
    null, 'policy', [], {},
    { dailyCap: 3, region: 'GB', otherSites: false, sitesOff: ['tiktok', 7], photoScope: 'nudity' },
    { kinds: { 'friend-request': { enabled: false, mode: 'loud' }, 'image-upload': 'no', 'personal-info': { mode: 'reminder' } } },
    { kinds: { 'friend-request': {} }, sitesOff: [], dailyCap: -0 },
    { dailyCap: -1, dailyCap2: 4, region: 'Narnia', otherSites: 'yes', sitesOff: 'x', photoScope: 'every', kinds: [] },
    { kinds: { 'image-upload': { enabled: true } }, sitesOff: ['bad id!', 'reddit', 'reddit'], dailyCap: 1000 },
  ];

  it.each(storedCases.flatMap((stored) => policies.map((policy) => [stored, policy] as const)))(
    'agrees with applyManaged(validManaged) for %j under %j',
    (local, policy) => {
      for (const regions of [[], REGION_CODES]) {
        const parents = settingsFrom(local, regions);
        const page = settingsFrom(policy !== null && typeof policy === 'object' && !Array.isArray(policy) ? (policy as Record<string, unknown>) : {}, regions, parents);
        expect(page).toEqual(applyManaged(parents, validManaged(policy, regions)).settings);
      }
    },
  );

  it('never hands out the defaults\' own list to be changed', () => {
    const settings = settingsFrom({}, []);
    settings.sitesOff.push('x');
    expect(DEFAULT_SETTINGS.sitesOff).toEqual([]);
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

describe('the page script and the parents\' pages agree', () => {
  // The page script once merged a policy's kind into the stored one and validated the
  // result, so an invalid policy field reset the parent's own choice to its default (on)
  // while the options page kept it (off): the child was paused on a kind shown as off.
  it('an invalid field in a policy leaves the parent\'s own choice in force on both sides', async () => {
    const stored = { kinds: { 'friend-request': { enabled: false, mode: 'pause' }, 'image-upload': { enabled: true, mode: 'reminder' } } };
    const policy = { kinds: { 'friend-request': { enabled: 'yes' }, 'image-upload': { mode: 'loud' } } };
    await startStateWith(stored, policy);
    const { settings, locked } = await readEffectiveSettings();
    expect(settings.kinds).toEqual({
      'friend-request': { enabled: false, mode: 'pause' },
      'image-upload': { enabled: true, mode: 'reminder' },
      'personal-info': { enabled: true, mode: 'pause' },
      'warning-signs': { enabled: true, mode: 'pause' },
    });
    expect(locked).toEqual([]);
    expect(decide('friend-request', 'facebook')).toBe('off');
    expect(decide('image-upload', 'facebook')).toBe('note');
  });

  it('a valid policy wins on both sides, value by value', async () => {
    await startStateWith(
      { kinds: { 'friend-request': { enabled: false, mode: 'reminder' } }, sitesOff: ['x'], dailyCap: 3 },
      { kinds: { 'friend-request': { enabled: true } }, sitesOff: ['tiktok'] },
    );
    const { settings } = await readEffectiveSettings();
    expect(settings.kinds['friend-request']).toEqual({ enabled: true, mode: 'reminder' });
    expect(settings.sitesOff).toEqual(['tiktok']);
    expect(decide('friend-request', 'facebook')).toBe('note');
    expect(decide('image-upload', 'tiktok')).toBe('off');
    expect(decide('image-upload', 'x')).toBe('pause');
  });
});
