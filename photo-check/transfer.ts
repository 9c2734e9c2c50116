/**
 * The model's input as a message: the page script reduces a picture to the 224×224×3 numbers
 * nsfwjs's resize produces (photo-check/input.ts) and sends those, 602 KB of float32 as an
 * 803 KB base64 string, instead of the whole file (a 12-MP JPEG: a 4.8 MB data: URL, which
 * Chrome's extension messaging serialises as JSON). Exact floats, so the scores are the same
 * as when the checker page reduces the picture itself. Pure; both ends use it.
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

/** Base64 of a float32 input (native where the browser has it: Chrome 140, Firefox 133). */
export function encodeInput(input: Float32Array): string {
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
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
  if (bytes.byteLength !== INPUT_LENGTH * 4) throw new Error('not a model input');
  // A fresh, aligned copy: float32 needs a 4-byte aligned offset.
  const input = new Float32Array(INPUT_LENGTH);
  new Uint8Array(input.buffer).set(bytes);
  for (const value of input) if (!(value >= 0 && value <= 255)) throw new Error('not a model input');
  return input;
}
