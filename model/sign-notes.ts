/**
 * "A warning-sign note was shown in this conversation today" (issue 12): at most one note per
 * conversation per day, across reloads and tabs. Only a salted SHA-256 of site + conversation
 * address + day is kept, with today's date and a salt that is new each day, so yesterday's
 * entries go at the first note of a new day and none can be matched to a conversation later.
 * Nothing of a message is stored. Pure, except that the browser's SHA-256 is asynchronous.
 */
import { isRecord } from './guards';
import { hex } from './hex';

export const SIGN_NOTES_KEY = 'signNotes';
const MAX_ENTRIES = 500;

export interface SignNotes { day: string; salt: string; seen: string[] }

/** Stored value to today's record: anything corrupt, or another day's, starts a fresh one. */
export function validSignNotes(raw: unknown, day: string, newSalt: () => string): SignNotes {
  if (isRecord(raw) && raw.day === day && typeof raw.salt === 'string' && /^[0-9a-f]{32}$/.test(raw.salt) && Array.isArray(raw.seen)) {
    const seen = raw.seen.filter((hash): hash is string => typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash));
    return { day, salt: raw.salt, seen: seen.slice(-MAX_ENTRIES) };
  }
  return { day, salt: newSalt(), seen: [] };
}

export async function conversationHash(salt: string, site: string, conversation: string, day: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}|${site}|${conversation}|${day}`)));
}

export const randomSalt = (): string => hex(crypto.getRandomValues(new Uint8Array(16)));
