/**
 * "Yes, I know them" is remembered for 30 days so the child is not asked twice about the
 * same person. Only a salted SHA-256 of site + profile address is kept: the salt is random
 * per install, so the list can't be matched against other computers or read back as names.
 * Pure functions (asynchronous only because the browser's SHA-256, crypto.subtle, is);
 * the page script writes them (content/record.ts), the options page clears them (settings/store.ts).
 */
import { isRecord } from './guards';
import { hex } from './hex';

export const KNOWN_FOR_MS = 2_592_000_000; // 30 days (a literal: a product is kept in bundles that never use it)
const MAX_ENTRIES = 2000;

export interface KnownPeople { salt: string; entries: Record<string, number> }

export function validKnownPeople(raw: unknown): KnownPeople | null {
  if (!isRecord(raw)) return null;
  const { salt, entries } = raw;
  if (typeof salt !== 'string' || !/^[0-9a-f]{32}$/.test(salt)) return null;
  const clean: Record<string, number> = {};
  if (isRecord(entries)) {
    for (const [hash, expires] of Object.entries(entries)) {
      if (/^[0-9a-f]{64}$/.test(hash) && typeof expires === 'number' && Number.isFinite(expires)) clean[hash] = expires;
    }
  }
  return { salt, entries: clean };
}

export async function personHash(salt: string, site: string, person: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}|${site}|${person}`)));
}

/** Whether anyone is remembered now: when not (the usual case) no hash is needed to know. */
export function hasKnownPeople(known: KnownPeople | null, now: number): known is KnownPeople {
  return !!known && Object.values(known.entries).some((expires) => expires > now);
}

/**
 * The page script's quick look at the stored value, before any hash: is anyone remembered
 * now? Only a yes needs the full check (isStoredKnown), which validates the value first.
 */
export function anyoneRemembered(raw: unknown, now: number): boolean {
  return isRecord(raw) && isRecord(raw.entries) && Object.values(raw.entries).some((expires) => typeof expires === 'number' && expires > now);
}

/** Whether the person is remembered in the stored value (validated here: a corrupt one knows nobody). */
export function isStoredKnown(raw: unknown, site: string, person: string, now: number): Promise<boolean> {
  return isKnownIn(validKnownPeople(raw), site, person, now);
}

export async function isKnownIn(known: KnownPeople | null, site: string, person: string, now: number): Promise<boolean> {
  if (!hasKnownPeople(known, now)) return false;
  const expires = known.entries[await personHash(known.salt, site, person)];
  return typeof expires === 'number' && expires > now;
}

export function newSalt(): string {
  return hex(crypto.getRandomValues(new Uint8Array(16)));
}

/** Adds a person for 30 days, drops expired entries and keeps the list bounded. */
export async function withKnownPerson(known: KnownPeople | null, site: string, person: string, now: number): Promise<KnownPeople> {
  const salt = known?.salt ?? newSalt();
  const live = Object.entries(known?.entries ?? {}).filter(([, expires]) => expires > now);
  live.sort((a, b) => b[1] - a[1]);
  const entries = Object.fromEntries(live.slice(0, MAX_ENTRIES - 1));
  entries[await personHash(salt, site, person)] = now + KNOWN_FOR_MS;
  return { salt, entries };
}
