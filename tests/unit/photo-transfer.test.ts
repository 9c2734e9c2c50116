/**
 * The model's input as a message (photo-check/transfer.ts): the page script sends the 224×224×3
 * numbers in half precision, not the file. Each must arrive as the nearest half-precision number
 * (ties to even; the parity check in docs/performance.md measures what that does to the scores),
 * and anything that is not such an input must be refused rather than classified.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { decodeInput, encodeInput, fromHalfBits, halfBits, INPUT_LENGTH } from '../../photo-check/transfer';

function input(seed: number): Float32Array {
  const values = new Float32Array(INPUT_LENGTH);
  let x = seed;
  for (let i = 0; i < values.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    values[i] = (x >>> 8) / 2 ** 24 * 255; // fractions, as bilinear interpolation gives
  }
  values[0] = 0;
  values[1] = 255;
  return values;
}

/** Bit for bit (toEqual over 150,528 numbers is slow, and would take -0 for 0). */
const same = (a: Float32Array, b: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

/**
 * Whether `got` is `sent` rounded to half precision: a half-precision number (11 significant
 * bits: for 2^e ≤ v < 2^(e+1), a multiple of 2^(e−10)) no further than half a step away.
 */
function halfOf(sent: Float32Array, got: Float32Array): boolean {
  if (got.length !== sent.length) return false;
  for (let i = 0; i < sent.length; i++) {
    const v = sent[i]!;
    const step = v < 2 ** -14 ? 2 ** -24 : 2 ** (Math.floor(Math.log2(v)) - 10);
    if (Math.abs(got[i]! - v) > step / 2 || !Number.isInteger(got[i]! / step)) return false;
  }
  return true;
}

const proto = Uint8Array.prototype as { toBase64?: unknown };
const ctor = Uint8Array as unknown as { fromBase64?: unknown };
const saved = { toBase64: proto.toBase64, fromBase64: ctor.fromBase64 };
afterEach(() => {
  proto.toBase64 = saved.toBase64;
  ctor.fromBase64 = saved.fromBase64;
});

describe('model input as a message', () => {
  it('arrives as its half-precision rounding, in a twelfth of a 4.8 MB data: URL', () => {
    const sent = input(7);
    const text = encodeInput(sent);
    expect(text.length).toBe(401_408); // base64 of 301,056 bytes
    expect(halfOf(sent, decodeInput(text))).toBe(true);
  });

  it('rounds to the nearest half-precision number, ties to even', () => {
    // Known half-precision values: 1/3 is 0x3555; 255 and 0 are exact; 128.0625 lies halfway
    // between 128 and 128.125 (steps of 1/8 there) and goes to the even 128.
    expect(halfBits(1 / 3)).toBe(0x3555);
    expect(fromHalfBits(0x3555)).toBe(0.333251953125);
    expect(fromHalfBits(halfBits(255))).toBe(255);
    expect(fromHalfBits(halfBits(0))).toBe(0);
    expect(fromHalfBits(halfBits(128.0625))).toBe(128);
    expect(fromHalfBits(halfBits(128.1875))).toBe(128.25);
    expect(fromHalfBits(halfBits(254.97))).toBe(255);
    expect(fromHalfBits(halfBits(1e-6))).toBeCloseTo(1e-6, 7); // below the normal range
    expect(Number.isNaN(fromHalfBits(halfBits(NaN)))).toBe(true);
    expect(fromHalfBits(halfBits(70_000))).toBe(Infinity);
  });

  it('the same with the browsers\' native base64 (Uint8Array.toBase64 / fromBase64)', () => {
    proto.toBase64 = function (this: Uint8Array) {
      return Buffer.from(this.buffer, this.byteOffset, this.byteLength).toString('base64');
    };
    ctor.fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
    const sent = input(11);
    const text = encodeInput(sent);
    delete proto.toBase64;
    delete ctor.fromBase64;
    expect(encodeInput(sent)).toBe(text); // both ways give the same string
    ctor.fromBase64 = (t: string) => new Uint8Array(Buffer.from(t, 'base64'));
    expect(halfOf(sent, decodeInput(text))).toBe(true);
  });

  it('an input of a sub-array (its own offset) is sent as just those numbers', () => {
    const whole = new Float32Array(INPUT_LENGTH + 8);
    whole.set(input(3), 8);
    expect(same(decodeInput(encodeInput(whole.subarray(8))), decodeInput(encodeInput(input(3))))).toBe(true);
  });

  it('refuses what is not an input: wrong length, not base64, numbers outside 0–255 or NaN', () => {
    expect(() => decodeInput(encodeInput(new Float32Array(100)))).toThrow();
    expect(() => decodeInput('data:image/jpeg;base64,AAAA')).toThrow();
    for (const bad of [NaN, -1, 256, Infinity]) {
      const values = input(5);
      values[1234] = bad;
      expect(() => decodeInput(encodeInput(values))).toThrow();
    }
  });
});
