/**
 * "Yes, I know them" is remembered for 30 days so the child is not asked twice about the
 * same person. Only a salted SHA-256 of site + profile address is kept: the salt is random
 * per install, so the list can't be matched against other computers or read back as names.
 * Pure functions; storage lives in store.ts.
 */
import { sha256Hex } from './sha256';

export const KNOWN_FOR_MS = 30 * 86_400_000;
const MAX_ENTRIES = 2000;

export interface KnownPeople { salt: string; entries: Record<string, number> }

export function validKnownPeople(raw: unknown): KnownPeople | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { salt, entries } = raw as Record<string, unknown>;
  if (typeof salt !== 'string' || !/^[0-9a-f]{32}$/.test(salt)) return null;
  const clean: Record<string, number> = {};
  if (typeof entries === 'object' && entries !== null) {
    for (const [hash, expires] of Object.entries(entries)) {
      if (/^[0-9a-f]{64}$/.test(hash) && typeof expires === 'number' && Number.isFinite(expires)) clean[hash] = expires;
    }
  }
  return { salt, entries: clean };
}

export function personHash(salt: string, site: string, person: string): string {
  return sha256Hex(`${salt}|${site}|${person}`);
}

export function isKnownIn(known: KnownPeople | null, site: string, person: string, now: number): boolean {
  if (!known) return false;
  const expires = known.entries[personHash(known.salt, site, person)];
  return typeof expires === 'number' && expires > now;
}

export function newSalt(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Adds a person for 30 days, drops expired entries and keeps the list bounded. */
export function withKnownPerson(known: KnownPeople | null, site: string, person: string, now: number): KnownPeople {
  const salt = known?.salt ?? newSalt();
  const live = Object.entries(known?.entries ?? {}).filter(([, expires]) => expires > now);
  live.sort((a, b) => b[1] - a[1]);
  const entries = Object.fromEntries(live.slice(0, MAX_ENTRIES - 1));
  entries[personHash(salt, site, person)] = now + KNOWN_FOR_MS;
  return { salt, entries };
}
