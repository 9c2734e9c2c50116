/**
 * The settings in force, read by the extension's own pages (popup, options, welcome) and the
 * background. The page script reads the same keys through content/ext.ts and decides with the
 * same model functions (content/state.ts), without the polyfill or the contacts list.
 */
import { REGION_CODES } from '../guidance/contacts';
import { applyManaged, type Effective } from '../model/policy';
import { SETTINGS_KEYS, settingsFrom, type Settings } from '../model/settings';
import { readLocal } from './local-item';
import { readManaged } from './managed';

/**
 * Reads every stored setting in one go, each validated on its own: one corrupt value never
 * costs the others, and an unreadable storage gives the defaults.
 */
export async function readStoredSettings(): Promise<Settings> {
  return settingsFrom(await readLocal(SETTINGS_KEYS).catch(() => ({})), REGION_CODES);
}

/** The settings in force (a family's managed policy over the parent's choices) and what the policy locks. */
export async function readEffectiveSettings(): Promise<Effective> {
  const [stored, managed] = await Promise.all([readStoredSettings(), readManaged()]);
  return applyManaged(stored, managed);
}

/** The settings in force, without what is locked (the background, the other-sites registration). */
export async function readSettings(): Promise<Settings> {
  return (await readEffectiveSettings()).settings;
}
