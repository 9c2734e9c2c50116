/**
 * A family's or school's managed policy over the parent's own settings. A policy value is
 * checked with the same validators as stored values; a valid one wins and locks that setting,
 * an invalid one is ignored so the parent's own choice stays. Pure: the options page, the
 * popup, the background (settings/read.ts) and the page script (content/state.ts) all decide
 * with these two functions, so they cannot disagree about which settings are in force.
 */
import { KINDS, type Kind } from '../vocabulary/kinds';
import { isRecord } from './guards';
import { SETTINGS_KEYS, settingsFrom, validKinds, type KindSetting, type Settings } from './settings';

export type SettingKey = keyof Settings;
/** What a policy can lock: each setting, and each kind on its own. */
export type LockKey = Exclude<SettingKey, 'kinds'> | `kinds.${Kind}`;
export type ManagedSettings = Omit<Partial<Settings>, 'kinds'> & {
  kinds?: Partial<Record<Kind, Partial<KindSetting>>>;
};

/** A kind's entry keeps only the fields that are valid as given. */
function validManagedKinds(raw: unknown): ManagedSettings['kinds'] {
  if (!isRecord(raw)) return undefined;
  const result: NonNullable<ManagedSettings['kinds']> = {};
  for (const kind of KINDS) {
    const entry = raw[kind];
    if (!isRecord(entry)) continue;
    const valid = validKinds({ [kind]: entry })[kind];
    const kept = Object.fromEntries(Object.entries(valid).filter(([field, value]) => entry[field] === value));
    if (Object.keys(kept).length > 0) result[kind] = kept;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

/**
 * Keeps only the policy values that are valid as given (the same validators as stored
 * values; a list of sites keeps its valid ids). `regions`: the region codes help exists for
 * (the page script passes none: it shows no contacts, so a policy's region is not its concern).
 */
export function validManaged(raw: unknown, regions: readonly string[]): ManagedSettings {
  const policy = isRecord(raw) ? raw : {};
  const valid = settingsFrom(policy, regions);
  const result: ManagedSettings = {};
  for (const key of SETTINGS_KEYS) {
    const value = policy[key];
    if (key === 'kinds') {
      const kinds = validManagedKinds(value);
      if (kinds) result.kinds = kinds;
    } else if (key === 'sitesOff' ? Array.isArray(value) : value != null && valid[key] === value) {
      Object.assign(result, { [key]: valid[key] });
    }
  }
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
