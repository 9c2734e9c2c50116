/**
 * Managed policy: a family or school that force-installs Safe Nudge (Chrome/Edge
 * `3rdparty` policy, Firefox `policies.json`) can set any setting. A policy value is checked
 * with the same validators as stored values; a valid one wins and locks that setting, an
 * invalid one is ignored so the parent's own choice stays.
 */
import { browser } from 'wxt/browser';
import { REGION_CODES } from '../guidance/contacts';
import type { Kind } from '../content/sites/types';
import {
  KINDS, MODES, PHOTO_SCOPES, validDailyCap, validRegion, validSitesOff, type KindSetting, type Mode, type PhotoScope, type Settings,
} from './schema';

export type SettingKey = keyof Settings;
/** What a policy can lock: each setting, and each kind on its own. */
export type LockKey = Exclude<SettingKey, 'kinds'> | `kinds.${Kind}`;
export type ManagedSettings = Omit<Partial<Settings>, 'kinds'> & {
  kinds?: Partial<Record<Kind, Partial<KindSetting>>>;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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

/** Keeps only the policy values that are valid; pure, so it is tested without a browser. */
export function validManaged(raw: unknown): ManagedSettings {
  const policy = isRecord(raw) ? raw : {};
  const result: ManagedSettings = {};
  const kinds = validManagedKinds(policy.kinds);
  if (kinds) result.kinds = kinds;
  if (Array.isArray(policy.sitesOff)) result.sitesOff = validSitesOff(policy.sitesOff);
  if (validDailyCap(policy.dailyCap) === policy.dailyCap) result.dailyCap = policy.dailyCap as number;
  if (typeof policy.region === 'string' && validRegion(policy.region, REGION_CODES) === policy.region) {
    result.region = policy.region;
  }
  if (typeof policy.otherSites === 'boolean') result.otherSites = policy.otherSites;
  if (PHOTO_SCOPES.includes(policy.photoScope as PhotoScope)) result.photoScope = policy.photoScope as PhotoScope;
  return result;
}

/**
 * Reads storage.managed. Chrome answers {} with no policy; Firefox throws when there is no
 * policies.json entry, and some test or embedded browsers have no managed area: all mean "none".
 */
export async function readManaged(): Promise<ManagedSettings> {
  try {
    return validManaged(await browser.storage.managed.get(null));
  } catch {
    return {};
  }
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

export const isLocked = (locked: readonly LockKey[], key: LockKey) => locked.includes(key);
