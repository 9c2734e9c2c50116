/**
 * A family's or school's managed policy over the parent's own settings. A policy value is
 * checked with the same validators as stored values; a valid one wins and locks that setting,
 * an invalid one is ignored so the parent's own choice stays. Pure: the options page, the
 * popup, the background (settings/read.ts) and the page script (content/state.ts) all decide
 * with these two functions, so they cannot disagree about which settings are in force.
 */
import { KINDS, type Kind } from '../vocabulary/kinds';
import { isRecord } from './guards';
import { MODES, validDailyCap, validRegion, validSitesOff, type KindSetting, type Mode, type Settings } from './settings';

export type SettingKey = keyof Settings;
/** What a policy can lock: each setting, and each kind on its own. */
export type LockKey = Exclude<SettingKey, 'kinds'> | `kinds.${Kind}`;
export type ManagedSettings = Omit<Partial<Settings>, 'kinds'> & {
  kinds?: Partial<Record<Kind, Partial<KindSetting>>>;
};

function validManagedKinds(raw: unknown): ManagedSettings['kinds'] {
  if (!isRecord(raw)) return undefined;
  const result: NonNullable<ManagedSettings['kinds']> = {};
  for (const kind of KINDS) {
    const entry = raw[kind];
    if (!isRecord(entry)) continue;
    const clean: Partial<KindSetting> = {};
    if (typeof entry.enabled === 'boolean') clean.enabled = entry.enabled;
    if (MODES.includes(entry.mode as Mode)) clean.mode = entry.mode as Mode;
    if (Object.keys(clean).length > 0) result[kind] = clean;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

/**
 * Keeps only the policy values that are valid. `regions`: the region codes help exists for
 * (the page script passes none: it shows no contacts, so a policy's region is not its concern).
 */
export function validManaged(raw: unknown, regions: readonly string[]): ManagedSettings {
  const policy = isRecord(raw) ? raw : {};
  const result: ManagedSettings = {};
  const kinds = validManagedKinds(policy.kinds);
  if (kinds) result.kinds = kinds;
  if (Array.isArray(policy.sitesOff)) result.sitesOff = validSitesOff(policy.sitesOff);
  if (validDailyCap(policy.dailyCap) === policy.dailyCap) result.dailyCap = policy.dailyCap as number;
  if (typeof policy.region === 'string' && validRegion(policy.region, regions) === policy.region) result.region = policy.region;
  if (typeof policy.otherSites === 'boolean') result.otherSites = policy.otherSites;
  return result;
}

export interface Effective {
  settings: Settings;
  locked: LockKey[];
}

/** Policy over stored, value by value; a kind the policy names is locked as a whole. */
export function applyManaged(stored: Settings, managed: ManagedSettings): Effective {
  const { kinds, ...rest } = managed;
  const settings: Settings = { ...stored, ...rest, kinds: { ...stored.kinds } };
  const locked = Object.keys(rest) as LockKey[];
  for (const kind of KINDS) {
    const policy = kinds?.[kind];
    if (!policy) continue;
    settings.kinds[kind] = { ...stored.kinds[kind], ...policy };
    locked.push(`kinds.${kind}`);
  }
  return { settings, locked };
}
