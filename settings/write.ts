/**
 * Saving a setting: validated with the same validators as reading, and refused when a
 * family's policy locks it. (The PIN is asked for by the options page before it calls this.)
 */
import type { Kind } from '../vocabulary/kinds';
import { REGION_CODES } from '../guidance/contacts';
import { dailyCapItem, kindsItem, otherSitesItem, regionItem, sitesOffItem } from './items';
import type { LockKey } from '../model/policy';
import { readEffectiveSettings, readStoredSettings } from './read';
import { validDailyCap, validKinds, validRegion, validSitesOff, type KindSetting } from '../model/settings';

export class LockedError extends Error {
  constructor(readonly key: LockKey) {
    super(`"${key}" is set by your family's policy`);
  }
}

async function assertUnlocked(key: LockKey): Promise<void> {
  const { locked } = await readEffectiveSettings();
  if (locked.includes(key)) throw new LockedError(key);
}

export async function saveKind(kind: Kind, patch: Partial<KindSetting>): Promise<void> {
  await assertUnlocked(`kinds.${kind}`);
  const { kinds } = await readStoredSettings();
  await kindsItem.setValue(validKinds({ ...kinds, [kind]: { ...kinds[kind], ...patch } }));
}

export async function saveSiteOn(site: string, on: boolean): Promise<void> {
  await assertUnlocked('sitesOff');
  const { sitesOff } = await readStoredSettings();
  const next = on ? sitesOff.filter((id) => id !== site) : [...sitesOff, site];
  await sitesOffItem.setValue(validSitesOff(next));
}

export async function saveDailyCap(cap: number): Promise<void> {
  await assertUnlocked('dailyCap');
  if (validDailyCap(cap) !== cap) throw new RangeError('dailyCap');
  await dailyCapItem.setValue(cap);
}

/** null = guess from this computer's languages and time zone again. */
export async function saveRegion(region: string | null): Promise<void> {
  await assertUnlocked('region');
  await regionItem.setValue(validRegion(region, REGION_CODES));
}

export async function saveOtherSites(on: boolean): Promise<void> {
  await assertUnlocked('otherSites');
  await otherSitesItem.setValue(on);
}
