/**
 * From a picture's or video's bytes to the model's input (sample.ts), in the checker page.
 * Pictures are decoded by the browser (createImageBitmap: JPEG, PNG, GIF, WebP, AVIF, BMP; the
 * photo's EXIF orientation applied, colours in sRGB); only the rows and columns the model's
 * resize reads are copied out, through two small canvases. Videos: the first, middle and last
 * frames. Anything the browser cannot decode (HEIC on most computers, a corrupt file) throws,
 * which the caller answers as "unknown". Nothing is kept: the bitmap is closed and the object
 * URL revoked before this returns.
 */
import { bilinearInput, MODEL_SIZE, neededIndices, runsOf, tapsOf } from './sample';

type Source = ImageBitmap | HTMLVideoElement;

function context(width: number, height: number): OffscreenCanvasRenderingContext2D {
  const ctx = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2d canvas');
  ctx.imageSmoothingEnabled = false; // copies are 1:1; nothing may be filtered
  return ctx;
}

/** The model's input from one decoded frame, reading only the pixels its resize uses. */
export function inputOf(source: Source, width: number, height: number): Float32Array {
  if (!(width > 0 && height > 0)) throw new Error('empty picture');
  const rows = tapsOf(height);
  const cols = tapsOf(width);
  const rowIndices = neededIndices(rows).indices;
  const colIndices = neededIndices(cols).indices;
  // The needed rows, full width, stacked…
  const band = context(width, rowIndices.length);
  let y = 0;
  for (const [first, length] of runsOf(rowIndices)) {
    band.drawImage(source, 0, first, width, length, 0, y, width, length);
    y += length;
  }
  // …then the needed columns of those rows.
  const grid = context(colIndices.length, rowIndices.length);
  let x = 0;
  for (const [first, length] of runsOf(colIndices)) {
    grid.drawImage(band.canvas, first, 0, length, rowIndices.length, x, 0, length, rowIndices.length);
    x += length;
  }
  const pixels = grid.getImageData(0, 0, colIndices.length, rowIndices.length).data;
  return bilinearInput(pixels, colIndices.length, rows, cols, MODEL_SIZE);
}

/** Where a picture's time goes (the measurement scripts read it through the answer's detail). */
export const lastImageTimes = { bitmap: 0, sample: 0 };

export async function imageInput(blob: Blob): Promise<Float32Array> {
  const start = performance.now();
  // The file's own pixels: no colour-profile conversion, no premultiplied alpha — what nsfwjs's
  // reference pipeline reads too (tests/photo-check: scores within 0.01), and less work.
  const bitmap = await createImageBitmap(blob, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
  lastImageTimes.bitmap = performance.now() - start;
  try {
    const input = inputOf(bitmap, bitmap.width, bitmap.height);
    lastImageTimes.sample = performance.now() - start - lastImageTimes.bitmap;
    return input;
  } finally {
    bitmap.close();
  }
}

function once(target: EventTarget, ok: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      target.removeEventListener(ok, onOk);
      target.removeEventListener('error', onError);
      if (error) reject(error);
      else resolve();
    };
    const onOk = () => done();
    const onError = () => done(new Error('video could not be decoded'));
    const timer = setTimeout(() => done(new Error(`video: no ${ok} in ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(ok, onOk);
    target.addEventListener('error', onError);
  });
}

/** Where the frames are taken: first, middle, last (a little before the end, where a frame still is). */
export function frameTimes(duration: number): number[] {
  if (!Number.isFinite(duration) || duration <= 0) return [0];
  const last = Math.max(0, duration - Math.min(0.1, duration / 10));
  return [...new Set([0, duration / 2, last])];
}

export async function videoInputs(blob: Blob, timeoutMs = 1500): Promise<Float32Array[]> {
  const url = URL.createObjectURL(blob);
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  try {
    video.src = url;
    await once(video, 'loadeddata', timeoutMs);
    const inputs: Float32Array[] = [];
    for (const time of frameTimes(video.duration)) {
      if (Math.abs(video.currentTime - time) > 1e-3) {
        video.currentTime = time;
        await once(video, 'seeked', timeoutMs);
      }
      inputs.push(inputOf(video, video.videoWidth, video.videoHeight));
    }
    return inputs;
  } finally {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  }
}

/** The bytes of a data: URL, without fetch (the checker page may not fetch other than its own files). */
export function blobOfDataUrl(data: string): Blob {
  const match = /^data:([^;,]*)(;base64)?,/.exec(data);
  if (!match || !match[2]) throw new Error('not a base64 data URL');
  const base64 = data.slice(match[0].length);
  // Native decoding where the browser has it (Chrome 140, Firefox 133); otherwise atob.
  const native = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;
  let bytes: Uint8Array;
  if (native) bytes = native(base64);
  else {
    const binary = atob(base64);
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  }
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: match[1] ?? '' });
}

/** Frames to check: one for a picture, three for a video; throws when nothing can be decoded. */
export async function inputsOf(blob: Blob): Promise<Float32Array[]> {
  if (blob.type.startsWith('video/')) return videoInputs(blob);
  try {
    return [await imageInput(blob)];
  } catch (error) {
    if (blob.type.startsWith('image/')) throw error;
    return videoInputs(blob); // no type (or a generic one): maybe a video the browser can play
  }
}
