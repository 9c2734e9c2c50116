/**
 * The parents' settings: defaults and validators. Pure, so the content script, the popup and
 * the options page agree, and so corrupt or hostile stored values fall back per setting.
 */
import { KINDS, type Kind } from '../vocabulary/kinds';
import { isRecord } from './guards';

export type Mode = 'pause' | 'reminder';
export const MODES: readonly Mode[] = ['pause', 'reminder'];
/**
 * Which photos pause for a reminder: every photo or video (as before the photo check), or only
 * those the on-device check finds may show nudity (photo-check/; the others are delivered
 * untouched). "Off" is the photo kind switched off.
 */
export type PhotoScope = 'every' | 'nudity';
export const PHOTO_SCOPES: readonly PhotoScope[] = ['every', 'nudity'];

export interface KindSetting {
  enabled: boolean;
  mode: Mode;
}

export interface Settings {
  kinds: Record<Kind, KindSetting>;
  /** Site rule ids the parent turned off. */
  sitesOff: string[];
  /** Reminders that pause, per site and day, before the rest of the day uses reminder mode; 0 = no cap. */
  dailyCap: number;
  /** A region code from contacts.json, or null to guess from this computer's languages and time zone. */
  region: string | null;
  /** Also remind on websites beyond the social sites Safe Nudge knows (optional permission). */
  otherSites: boolean;
  /** Photo reminders for every photo, or only when a photo may show nudity. */
  photoScope: PhotoScope;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  /** Every kind on, pausing to ask. */
  kinds: Object.fromEntries(KINDS.map((kind) => [kind, { enabled: true, mode: 'pause' }])) as Settings['kinds'],
  sitesOff: [],
  dailyCap: 20,
  region: null,
  otherSites: false,
  photoScope: 'every',
});

export const MAX_DAILY_CAP = 1000;

/**
 * Each validator keeps a valid value and otherwise gives its fallback: the default, or (for a
 * policy over the parent's settings, see settingsFrom) the value already in force.
 */
export function validKinds(raw: unknown, base: Settings['kinds'] = DEFAULT_SETTINGS.kinds): Settings['kinds'] {
  const source = isRecord(raw) ? raw : {};
  const result = {} as Settings['kinds'];
  for (const kind of KINDS) {
    const fallback = base[kind];
    const entry = isRecord(source[kind]) ? source[kind] : {};
    result[kind] = {
      enabled: typeof entry.enabled === 'boolean' ? entry.enabled : fallback.enabled,
      mode: MODES.includes(entry.mode as Mode) ? (entry.mode as Mode) : fallback.mode,
    };
  }
  return result;
}

export function validSitesOff(raw: unknown, fallback: string[] = []): string[] {
  if (!Array.isArray(raw)) return [...fallback];
  return [...new Set(raw.filter((id): id is string => typeof id === 'string' && /^[a-z0-9-]{1,40}$/.test(id)))];
}

export function validDailyCap(raw: unknown, fallback = DEFAULT_SETTINGS.dailyCap): number {
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= MAX_DAILY_CAP ? raw : fallback;
}

export function validRegion(raw: unknown, known: readonly string[], fallback: string | null = null): string | null {
  return typeof raw === 'string' && known.includes(raw) ? raw : fallback;
}

export function validPhotoScope(raw: unknown, fallback = DEFAULT_SETTINGS.photoScope): PhotoScope {
  return PHOTO_SCOPES.includes(raw as PhotoScope) ? (raw as PhotoScope) : fallback;
}

export function validBoolean(raw: unknown, fallback: boolean): boolean {
  return typeof raw === 'boolean' ? raw : fallback;
}

/** The storage keys of the settings, read together in one call. */
export const SETTINGS_KEYS = ['kinds', 'sitesOff', 'dailyCap', 'region', 'otherSites', 'photoScope'] as const;

/**
 * Stored values (as storage.local.get gives them) to settings, each validated on its own: one
 * corrupt value never costs the others. `regions`: the region codes help exists for (the page
 * script, which shows no contacts, passes none and gets null).
 *
 * `base`: what an invalid or missing value falls back to, the defaults unless given. The page
 * script reads a family's policy (storage.managed) as `settingsFrom(policy, [], parents)`: a
 * valid policy value wins, each kind's field on its own, the rest stays the parent's. That is
 * model/policy.ts's applyManaged(…, validManaged(…)) without the list of locks, which only the
 * parents' pages show (tests/unit/managed.test.ts checks the two agree), and keeps policy.ts
 * out of nudge.js.
 */
export function settingsFrom(raw: Record<string, unknown>, regions: readonly string[], base: Readonly<Settings> = DEFAULT_SETTINGS): Settings {
  return {
    kinds: validKinds(raw.kinds, base.kinds),
    sitesOff: validSitesOff(raw.sitesOff, base.sitesOff),
    dailyCap: validDailyCap(raw.dailyCap, base.dailyCap),
    region: validRegion(raw.region, regions, base.region),
    otherSites: validBoolean(raw.otherSites, base.otherSites),
    photoScope: validPhotoScope(raw.photoScope, base.photoScope),
  };
}
