/**
 * The parents' settings: defaults and validators. Pure, so the content script, the popup and
 * the options page agree, and so corrupt or hostile stored values fall back per setting.
 */
import { KINDS, type Kind } from '../vocabulary/kinds';
import { isRecord } from './guards';

export type Mode = 'pause' | 'reminder';
export const MODES: readonly Mode[] = ['pause', 'reminder'];

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
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  /** Every kind on, pausing to ask. */
  kinds: Object.fromEntries(KINDS.map((kind) => [kind, { enabled: true, mode: 'pause' }])) as Settings['kinds'],
  sitesOff: [],
  dailyCap: 20,
  region: null,
  otherSites: false,
});

export const MAX_DAILY_CAP = 1000;

export function validKinds(raw: unknown): Settings['kinds'] {
  const source = isRecord(raw) ? raw : {};
  const result = {} as Settings['kinds'];
  for (const kind of KINDS) {
    const fallback = DEFAULT_SETTINGS.kinds[kind];
    const entry = isRecord(source[kind]) ? source[kind] : {};
    result[kind] = {
      enabled: typeof entry.enabled === 'boolean' ? entry.enabled : fallback.enabled,
      mode: MODES.includes(entry.mode as Mode) ? (entry.mode as Mode) : fallback.mode,
    };
  }
  return result;
}

export function validSitesOff(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.filter((id): id is string => typeof id === 'string' && /^[a-z0-9-]{1,40}$/.test(id)))];
}

export function validDailyCap(raw: unknown): number {
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= MAX_DAILY_CAP
    ? raw
    : DEFAULT_SETTINGS.dailyCap;
}

export function validRegion(raw: unknown, known: readonly string[]): string | null {
  return typeof raw === 'string' && known.includes(raw) ? raw : null;
}

export function validBoolean(raw: unknown, fallback: boolean): boolean {
  return typeof raw === 'boolean' ? raw : fallback;
}

/** The storage keys of the settings, read together in one call. */
export const SETTINGS_KEYS = ['kinds', 'sitesOff', 'dailyCap', 'region', 'otherSites'] as const;

/**
 * Stored values (as storage.local.get gives them) to settings, each validated on its own: one
 * corrupt value never costs the others. `regions`: the region codes help exists for (the page
 * script, which shows no contacts, passes none and gets null).
 */
export function settingsFrom(raw: Record<string, unknown>, regions: readonly string[]): Settings {
  return {
    kinds: validKinds(raw.kinds),
    sitesOff: validSitesOff(raw.sitesOff),
    dailyCap: validDailyCap(raw.dailyCap),
    region: validRegion(raw.region, regions),
    otherSites: validBoolean(raw.otherSites, false),
  };
}
