/**
 * The model's input as a message: the page script reduces a picture to the 224×224×3 numbers
 * nsfwjs's resize produces (photo-check/input.ts) and sends those as half-precision floats
 * (float16: 301 KB, a 401 KB base64 string) instead of the whole file (a 12-MP JPEG: a 4.8 MB
 * data: URL, which Chrome's extension messaging serialises as JSON). Half precision rounds each
 * number (0–255) by at most 1/16 (0.0002 after nsfwjs's division by 255), which moves the scores
 * far less than the 0.01 parity tolerance (docs/performance.md, 2026-12-03 threads and message);
 * it halves the message both ways of the messaging. Pure; both ends use it.
 */
import { MODEL_SIZE } from './sample';

/** Numbers in one input: 224 × 224 × RGB. */
export const INPUT_LENGTH = MODEL_SIZE * MODEL_SIZE * 3;

interface Base64Bytes {
  toBase64?: () => string;
}
interface Base64Decoder {
  fromBase64?: (text: string) => Uint8Array;
}
type HalfArrayClass = new (values: ArrayLike<number> | ArrayBuffer) => ArrayLike<number> & { buffer: ArrayBuffer };

/** The browser's own Float16Array where it has one (Chrome 135, Firefox 129); the same rounding as halfBits. */
const NativeHalf = (globalThis as { Float16Array?: HalfArrayClass }).Float16Array;

const scratch = new Float32Array(1);
const scratchBits = new Uint32Array(scratch.buffer);

/** IEEE 754 half-precision bits of a number, rounded to nearest, ties to even. */
export function halfBits(value: number): number {
  scratch[0] = value;
  const bits = scratchBits[0]!;
  const sign = (bits >>> 16) & 0x8000;
  const exponent = ((bits >>> 23) & 0xff) - 127 + 15;
  let mantissa = bits & 0x7fffff;
  if (((bits >>> 23) & 0xff) === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0); // ∞, NaN
  if (exponent >= 0x1f) return sign | 0x7c00; // too large: ∞
  let shift = 13;
  let half: number;
  if (exponent <= 0) {
    if (exponent < -10) return sign; // too small: 0
    mantissa |= 0x800000;
    shift = 14 - exponent;
    half = mantissa >>> shift;
  } else half = (exponent << 10) | (mantissa >>> 13);
  const rest = mantissa & ((1 << shift) - 1);
  const middle = 1 << (shift - 1);
  if (rest > middle || (rest === middle && half & 1)) half++; // a carry into the exponent is right
  return sign | half;
}

/** The number of half-precision bits. */
export function fromHalfBits(half: number): number {
  const sign = half & 0x8000 ? -1 : 1;
  const exponent = (half >>> 10) & 0x1f;
  const mantissa = half & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 0x1f) return mantissa ? NaN : sign * Infinity;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

function toHalf(input: Float32Array): Uint8Array {
  if (NativeHalf) return new Uint8Array(new NativeHalf(input).buffer);
  const halves = new Uint16Array(input.length);
  for (let i = 0; i < input.length; i++) halves[i] = halfBits(input[i]!);
  return new Uint8Array(halves.buffer);
}

function fromHalf(buffer: ArrayBuffer): Float32Array {
  // The typed-array constructor converts in one native pass (Float32Array.from would iterate).
  if (NativeHalf) return new Float32Array(new NativeHalf(buffer));
  const halves = new Uint16Array(buffer);
  const out = new Float32Array(halves.length);
  for (let i = 0; i < halves.length; i++) out[i] = fromHalfBits(halves[i]!);
  return out;
}

/** Base64 of the input in half precision (native base64 where the browser has it: Chrome 140, Firefox 133). */
export function encodeInput(input: Float32Array): string {
  const bytes = toHalf(input);
  const native = (bytes as Base64Bytes).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The input back from its base64; anything of the wrong length or not base64 throws. */
export function decodeInput(text: string): Float32Array {
  const native = (Uint8Array as unknown as Base64Decoder).fromBase64;
  let bytes: Uint8Array;
  if (native) bytes = native(text);
  else {
    const binary = atob(text);
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  }
  if (bytes.byteLength !== INPUT_LENGTH * 2) throw new Error('not a model input');
  // A fresh, aligned copy: 16-bit numbers need a 2-byte aligned offset.
  const aligned = new Uint8Array(bytes.byteLength);
  aligned.set(bytes);
  const input = fromHalf(aligned.buffer);
  for (let i = 0; i < input.length; i++) if (!(input[i]! >= 0 && input[i]! <= 255)) throw new Error('not a model input');
  return input;
}
