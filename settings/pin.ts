/**
 * The parents' PIN. Only a salted PBKDF2-SHA-256 hash is stored (WebCrypto), never the PIN.
 * A PIN stops a child changing settings on this page; it cannot stop anyone removing the
 * extension. A managed policy can (see docs/policy.md).
 */
import { isRecord } from '../model/guards';
import { hex } from '../model/hex';
import { localItem } from './local-item';

export interface PinRecord {
  v: 1;
  salt: string;
  hash: string;
  iterations: number;
}

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about a quarter of a second on a laptop. */
export const PIN_ITERATIONS = 600_000;
export const PIN_PATTERN = /^\d{4,12}$/;

export const pinItem = localItem<unknown>('pin', null);

const fromHex = (text: string) => new Uint8Array(text.match(/../g)!.map((pair) => parseInt(pair, 16)));

export function validPinRecord(raw: unknown): PinRecord | null {
  if (!isRecord(raw)) return null;
  const { v, salt, hash, iterations } = raw;
  if (v !== 1 || typeof salt !== 'string' || typeof hash !== 'string') return null;
  if (!/^[0-9a-f]{32}$/.test(salt) || !/^[0-9a-f]{64}$/.test(hash)) return null;
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < 1) return null;
  return { v, salt, hash, iterations };
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return hex(bits);
}

export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { v: 1, salt: hex(salt), hash: await derive(pin, salt, iterations), iterations };
}

/** Compares every character so the time taken does not reveal how much matched. */
function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  return sameText(await derive(pin, fromHex(record.salt), record.iterations), record.hash);
}

export async function readPin(): Promise<PinRecord | null> {
  return validPinRecord(await pinItem.getValue().catch(() => null));
}

export async function setPin(pin: string, iterations = PIN_ITERATIONS): Promise<void> {
  if (!PIN_PATTERN.test(pin)) throw new Error('A PIN is 4 to 12 digits.');
  await pinItem.setValue(await hashPin(pin, iterations));
  await pinTriesItem.removeValue();
}

export async function clearPin(): Promise<void> {
  await pinItem.removeValue();
  await pinTriesItem.removeValue();
}

/**
 * Failed tries, kept in storage so that closing or reloading the page does not start the
 * count again: after PIN_FREE_TRIES wrong PINs in a row, each further wrong one makes the next
 * try wait, twice as long each time (30 s, 1 min, 2 min, … up to an hour). While waiting, no
 * PIN is checked at all, the right one included. A right PIN clears the count.
 */
export const PIN_FREE_TRIES = 5;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 3_600_000;

export interface PinTries {
  failures: number;
  /** No PIN is checked before this time (ms since the epoch). */
  until: number;
}

export const pinTriesItem = localItem<unknown>('pinTries', null);

export function validPinTries(raw: unknown): PinTries {
  if (!isRecord(raw)) return { failures: 0, until: 0 };
  const { failures, until } = raw;
  return {
    failures: typeof failures === 'number' && Number.isInteger(failures) && failures > 0 ? failures : 0,
    until: typeof until === 'number' && Number.isFinite(until) && until > 0 ? until : 0,
  };
}

/** How long to wait after this many wrong PINs in a row. */
export function waitAfter(failures: number): number {
  return failures < PIN_FREE_TRIES ? 0 : Math.min(FIRST_WAIT_MS * 2 ** (failures - PIN_FREE_TRIES), MAX_WAIT_MS);
}

export type PinAttempt = { ok: true } | { ok: false; waitUntil: number };

/** Checks a PIN, unless a wait is running; a wrong one is counted in storage. */
export async function tryPin(pin: string, record: PinRecord, now = Date.now()): Promise<PinAttempt> {
  const tries = validPinTries(await pinTriesItem.getValue().catch(() => null));
  if (now < tries.until) return { ok: false, waitUntil: tries.until };
  if (await verifyPin(pin, record)) {
    await pinTriesItem.removeValue();
    return { ok: true };
  }
  const failures = tries.failures + 1;
  const waitUntil = now + waitAfter(failures);
  await pinTriesItem.setValue({ failures, until: waitUntil });
  return { ok: false, waitUntil };
}
