/**
 * The model's input as a message (photo-check/transfer.ts): the page script sends the 224×224×3
 * floats, not the file. They must arrive bit for bit (the scores depend on them), and anything
 * that is not such an input must be refused rather than classified.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { decodeInput, encodeInput, INPUT_LENGTH } from '../../photo-check/transfer';

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

const proto = Uint8Array.prototype as { toBase64?: unknown };
const ctor = Uint8Array as unknown as { fromBase64?: unknown };
const saved = { toBase64: proto.toBase64, fromBase64: ctor.fromBase64 };
afterEach(() => {
  proto.toBase64 = saved.toBase64;
  ctor.fromBase64 = saved.fromBase64;
});

describe('model input as a message', () => {
  it('arrives bit for bit, and is a quarter of a 4.8 MB data: URL', () => {
    const sent = input(7);
    const text = encodeInput(sent);
    expect(text.length).toBe(802_816); // base64 of 602,112 bytes
    expect(same(decodeInput(text), sent)).toBe(true);
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
    expect(same(decodeInput(text), sent)).toBe(true);
  });

  it('an input of a sub-array (its own offset) is sent as just those numbers', () => {
    const whole = new Float32Array(INPUT_LENGTH + 8);
    whole.set(input(3), 8);
    expect(same(decodeInput(encodeInput(whole.subarray(8))), input(3))).toBe(true);
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
