/** The parents' PIN: salted PBKDF2 via WebCrypto; only the hash is stored. */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  PIN_FREE_TRIES, PIN_ITERATIONS, clearPin, hashPin, readPin, setPin, tryPin, validPinRecord, validPinTries, verifyPin, waitAfter, type PinRecord,
} from '../../settings/pin';

// Fewer rounds keep the unit tests fast; one test uses the real count.
const FAST = 1000;

describe('PIN hashing', () => {
  it('verifies the right PIN and rejects others', async () => {
    const record = await hashPin('2468', FAST);
    expect(await verifyPin('2468', record)).toBe(true);
    expect(await verifyPin('2469', record)).toBe(false);
    expect(await verifyPin('24680', record)).toBe(false);
    expect(await verifyPin('', record)).toBe(false);
  });

  it('salts every hash: the same PIN twice gives different records', async () => {
    const [a, b] = await Promise.all([hashPin('1234', FAST), hashPin('1234', FAST)]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(a.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('matches a published PBKDF2-HMAC-SHA256 value', async () => {
    // RFC 7914 §11: P="passwd", S="salt", c=1 (first 32 bytes of the 64-byte key).
    const record = {
      v: 1 as const,
      salt: '73616c74', // "salt"
      hash: '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc',
      iterations: 1,
    };
    expect(await verifyPin('passwd', record)).toBe(true);
    expect(await verifyPin('passwe', record)).toBe(false);
  });

  it('uses the full iteration count by default', async () => {
    const record = await hashPin('9876');
    expect(record.iterations).toBe(PIN_ITERATIONS);
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(await verifyPin('9876', record)).toBe(true);
  });
});

describe('stored PIN', () => {
  it('stores only the salt and hash, never the PIN', async () => {
    await setPin('13579', FAST);
    const raw = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(raw).not.toContain('13579');
    const record = await readPin();
    expect(record && (await verifyPin('13579', record))).toBe(true);
  });

  it.each(['123', '1234567890123', 'abcd', '12 34', ''])('refuses the PIN %j', async (pin) => {
    await expect(setPin(pin, FAST)).rejects.toThrow();
    expect(await readPin()).toBeNull();
  });

  it('treats a corrupt stored record as no PIN', async () => {
    await fakeBrowser.storage.local.set({ pin: { v: 1, salt: 'zz', hash: 'short', iterations: 1 } });
    expect(await readPin()).toBeNull();
    expect(validPinRecord('1234')).toBeNull();
    expect(validPinRecord({ v: 2, salt: '0'.repeat(32), hash: '0'.repeat(64), iterations: 1 })).toBeNull();
  });

  it('can be removed', async () => {
    await setPin('1234', FAST);
    await clearPin();
    expect(await readPin()).toBeNull();
  });
});

describe('wrong PINs (tryPin)', () => {
  const T0 = Date.UTC(2026, 10, 28, 12, 0, 0);
  const record = () => hashPin('2468', FAST);
  /** Five wrong PINs, a second apart. */
  async function fiveWrong(pin: PinRecord) {
    const results = [];
    for (let i = 0; i < PIN_FREE_TRIES; i++) results.push(await tryPin('0000', pin, T0 + i * 1000));
    return results;
  }

  it('lets four wrong PINs pass without a wait, then makes the fifth wait 30 seconds', async () => {
    const results = await fiveWrong(await record());
    expect(results.slice(0, 4)).toEqual([1, 2, 3, 4].map((n) => ({ ok: false, waitUntil: T0 + (n - 1) * 1000 })));
    expect(results[4]).toEqual({ ok: false, waitUntil: T0 + 4000 + 30_000 });
  });

  it('keeps the count in storage, so reading it afresh (a reload) still waits, even for the right PIN', async () => {
    const pin = await record();
    await fiveWrong(pin);
    expect(await fakeBrowser.storage.local.get('pinTries')).toEqual({ pinTries: { failures: 5, until: T0 + 34_000 } });
    expect(await tryPin('2468', pin, T0 + 20_000)).toEqual({ ok: false, waitUntil: T0 + 34_000 });
    expect((await fakeBrowser.storage.local.get('pinTries')).pinTries).toEqual({ failures: 5, until: T0 + 34_000 });
  });

  it('waits twice as long after each further wrong PIN, up to an hour', async () => {
    const pin = await record();
    await fiveWrong(pin);
    expect(await tryPin('0000', pin, T0 + 34_000)).toEqual({ ok: false, waitUntil: T0 + 34_000 + 60_000 });
    expect(await tryPin('0000', pin, T0 + 94_000)).toEqual({ ok: false, waitUntil: T0 + 94_000 + 120_000 });
    expect([5, 6, 7, 8, 12, 13, 20].map(waitAfter)).toEqual([30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000, 3_600_000]);
    expect([0, 1, 4].map(waitAfter)).toEqual([0, 0, 0]);
  });

  it('a right PIN after the wait unlocks and starts the count again', async () => {
    const pin = await record();
    await fiveWrong(pin);
    expect(await tryPin('2468', pin, T0 + 34_000)).toEqual({ ok: true });
    expect(await fakeBrowser.storage.local.get('pinTries')).toEqual({});
    expect(await tryPin('0000', pin, T0 + 35_000)).toEqual({ ok: false, waitUntil: T0 + 35_000 });
  });

  it('treats a corrupt stored count as none', () => {
    expect(validPinTries({ failures: -3, until: 'soon' })).toEqual({ failures: 0, until: 0 });
    expect(validPinTries('x')).toEqual({ failures: 0, until: 0 });
  });
});
