import { SETTINGS_KEYS } from './items';
import { readLocal } from './local-item';
import { validBoolean, validDailyCap, validKinds, validPhotoScope, validRegion, validSitesOff, type Settings } from './schema';
import { applyManaged, readManaged, type Effective } from './managed';
import { REGION_CODES } from '../guidance/contacts';

/**
 * Reads every stored setting in one go, each validated on its own: one corrupt value never
 * costs the others, and an unreadable storage gives the defaults.
 */
export async function readStoredSettings(): Promise<Settings> {
  const { kinds, sitesOff, dailyCap, region, otherSites, photoScope } = await readLocal(SETTINGS_KEYS).catch(() => ({} as Record<string, unknown>));
  return {
    kinds: validKinds(kinds),
    sitesOff: validSitesOff(sitesOff),
    dailyCap: validDailyCap(dailyCap),
    region: validRegion(region, REGION_CODES),
    otherSites: validBoolean(otherSites, false),
    photoScope: validPhotoScope(photoScope),
  };
}

/** The settings in force (a family's managed policy over the parent's choices) and what the policy locks. */
export async function readEffectiveSettings(): Promise<Effective> {
  const [stored, managed] = await Promise.all([readStoredSettings(), readManaged()]);
  return applyManaged(stored, managed);
}

/** The settings in force, for the content script. */
export async function readSettings(): Promise<Settings> {
  return (await readEffectiveSettings()).settings;
}
