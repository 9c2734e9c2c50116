/**
 * From a picture's or video's bytes to the model's input (sample.ts), in the page script
 * (photo-check/input.ts) or the checker page. Pictures: WebCodecs' ImageDecoder where the browser
 * has it (a large JPEG with restart markers as two halves at once, jpeg-restart.ts), reading only
 * the pixels the model's resize uses from its YUV planes (Chromium) or from one copy of its RGB
 * frame (Firefox); otherwise createImageBitmap (JPEG, PNG, GIF, WebP, AVIF, BMP; the photo's EXIF
 * orientation applied) through two small canvases. Videos: the first, middle and last frames.
 * Anything the browser cannot decode (HEIC on most computers, a corrupt file) throws, which the
 * caller answers as "unknown". Nothing is kept: every frame and bitmap is closed and the object
 * URL revoked before this returns.
 */
import { splitAtRestart } from './jpeg-restart';
import { bilinearInput, blockRunsOf, MODEL_SIZE, neededIndices, runsOf, tapsOf } from './sample';

type Source = CanvasImageSource;

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
export const lastImageTimes = { bitmap: 0, sample: 0, viaImageDecoder: 0, viaPlanes: 0, viaSplit: 0 };

/** A decoded picture: something a canvas can draw, its size, and how to free it. */
interface Decoded {
  source: CanvasImageSource;
  width: number;
  height: number;
  close(): void;
}

interface ImageDecoderLike {
  decode(options?: { frameIndex?: number }): Promise<{ image: VideoFrame }>;
  close(): void;
}
interface ImageDecoderClass {
  new (init: { data: BufferSource | ReadableStream; type: string; colorSpaceConversion?: 'none' | 'default'; preferAnimation?: boolean; transfer?: ArrayBuffer[] }): ImageDecoderLike;
  isTypeSupported(type: string): Promise<boolean>;
}

/** A frame the browser would show turned or mirrored (the photo's EXIF orientation): only the bitmap way applies that. */
function isTurned(frame: VideoFrame): boolean {
  const turned = frame as VideoFrame & { rotation?: number; flip?: boolean };
  return Boolean(turned.rotation || turned.flip);
}

/**
 * A decoded frame, the picture row its first row is, and the picture row from which it gives the
 * picture's rows (up to the next band's `from`, or its own last row): a whole picture is one band,
 * a split JPEG two, overlapping (jpeg-restart.ts).
 */
export interface Band {
  frame: VideoFrame;
  firstRow: number;
  from: number;
}

/** A whole picture as bands. */
const whole = (frame: VideoFrame): Band[] => [{ frame, firstRow: 0, from: 0 }];

/**
 * The picture's height when the bands stack into it: one layout, one width, none turned, each
 * band's frame holding the rows it gives, each starting on a multiple of `rowStep` (a chroma row),
 * its left edge on a multiple of `columnStep`. Otherwise −1.
 */
function stackedHeight(bands: readonly Band[], columnStep: number, rowStep: number): number {
  const first = bands[0]?.frame;
  const width = first?.visibleRect?.width ?? 0;
  let height = 0;
  for (const [i, { frame, firstRow, from }] of bands.entries()) {
    const rect = frame.visibleRect;
    if (!rect || frame.format !== first!.format || isTurned(frame) || rect.width !== width) return -1;
    if (rect.x % columnStep || rect.y % rowStep || firstRow % rowStep || from % rowStep) return -1;
    const end = firstRow + rect.height;
    const next = bands[i + 1]?.from ?? end;
    if (from !== height || firstRow > from || next <= from || next > end) return -1;
    height = next;
  }
  return width > 0 && height > 0 ? height : -1;
}

async function decodeFrame(Decoder: ImageDecoderClass, data: ArrayBuffer, type: string): Promise<VideoFrame> {
  // `transfer` hands the bytes over instead of copying them (Chrome 114; others ignore it): the
  // buffer is not read again here.
  const decoder = new Decoder({ data, type, colorSpaceConversion: 'none', preferAnimation: false, transfer: [data] });
  try {
    return (await decoder.decode({ frameIndex: 0 })).image;
  } finally {
    decoder.close();
  }
}

/**
 * WebCodecs' ImageDecoder, where the browser has it for this type: in Chromium it decodes a
 * 12-MP JPEG in about half the time createImageBitmap takes (which, for a Blob, also copies
 * the whole picture into an RGBA bitmap before anything reads it); the frame keeps the
 * decoder's own planes and only the pixels drawn are converted. Same full-size pixels, so the
 * scores stay those of nsfwjs's pipeline (scripts/photo-parity.mjs). A large JPEG with restart
 * markers is decoded as two halves at once (jpeg-restart.ts: each decoder has its own thread,
 * so the halves share the computer's cores), unless `split` is false or a half fails.
 */
async function decodeWithImageDecoder(blob: Blob, split = true): Promise<Band[] | null> {
  const Decoder = (globalThis as { ImageDecoder?: ImageDecoderClass }).ImageDecoder;
  if (!Decoder || !blob.type || blob.type === 'image/gif' || !(await Decoder.isTypeSupported(blob.type).catch(() => false))) return null;
  const data = await blob.arrayBuffer();
  const halves = split && blob.type === 'image/jpeg' ? splitAtRestart(new Uint8Array(data)) : null;
  if (halves) {
    const [top, bottom] = await Promise.allSettled([decodeFrame(Decoder, halves.top.buffer, blob.type), decodeFrame(Decoder, halves.bottom.buffer, blob.type)]);
    // Each half as cut, not turned or scaled by the browser: otherwise the whole file it is.
    const asCut = (frame: VideoFrame, height: number) => frame.visibleRect?.width === halves.width && frame.visibleRect.height === height;
    if (top.status === 'fulfilled' && bottom.status === 'fulfilled' && asCut(top.value, halves.topHeight) && asCut(bottom.value, halves.height - halves.bottomFirstRow)) {
      return [{ frame: top.value, firstRow: 0, from: 0 }, { frame: bottom.value, firstRow: halves.bottomFirstRow, from: halves.seam }];
    }
    for (const half of [top, bottom]) if (half.status === 'fulfilled') half.value.close();
  }
  return whole(await decodeFrame(Decoder, data, blob.type));
}

/** Where red, green and blue are in a pixel of each 4-byte RGB layout a decoder may give. */
const RGB_AT: Record<string, [number, number, number]> = { RGBA: [0, 1, 2], RGBX: [0, 1, 2], BGRA: [2, 1, 0], BGRX: [2, 1, 0] };

/**
 * The model's input from frames already in RGB (Firefox's ImageDecoder gives BGRX): each frame
 * copied once as it is, then only the pixels the resize reads taken from it. Copying in runs of
 * rows, as YUV frames are, costs a whole frame's copy per run in Firefox 140 (41 ms a run for
 * 12 MP, 224 runs: 19.4 s in all), so one copy a frame it is. Null when the frames do not stack.
 */
async function rgbInput(bands: readonly Band[], order: [number, number, number]): Promise<Float32Array | null> {
  const height = stackedHeight(bands, 1, 1);
  if (height < 0) return null;
  const width = bands[0]!.frame.visibleRect!.width;
  const rows = tapsOf(height);
  const cols = tapsOf(width);
  const rowIndices = neededIndices(rows).indices;
  const colIndices = neededIndices(cols).indices;
  const copies = await Promise.all(
    bands.map(async ({ frame }) => {
      const { x, y, height: rows } = frame.visibleRect!;
      const pixels = new Uint8Array(width * rows * 4);
      await frame.copyTo(pixels, { rect: { x, y, width, height: rows }, layout: [{ offset: 0, stride: width * 4 }] });
      return pixels;
    }),
  );
  const [r, g, b] = order;
  const grid = new Uint8Array(colIndices.length * rowIndices.length * 3);
  let o = 0;
  let band = 0;
  for (const row of rowIndices) {
    while (band + 1 < bands.length && bands[band + 1]!.from <= row) band++;
    const pixels = copies[band]!;
    const line = (row - bands[band]!.firstRow) * width * 4;
    for (const col of colIndices) {
      const at = line + col * 4;
      grid[o++] = pixels[at + r]!;
      grid[o++] = pixels[at + g]!;
      grid[o++] = pixels[at + b]!;
    }
  }
  return bilinearInput(grid, colIndices.length, rows, cols, MODEL_SIZE, 3);
}

/**
 * The model's input from a decoded frame the planes way does not take: a frame already in RGB
 * is copied once (rgbInput); any other (limited-range or BT.709 YUV, NV12) is converted to RGBA
 * only in the rows the resize reads: drawing a VideoFrame converts all of it (and again for
 * every drawImage), so its rows are copied out with copyTo, in runs of whole 2×2 chroma blocks,
 * ≈ 7 MB instead of 48 MB for 12 MP. A frame the browser would turn (EXIF orientation) goes the
 * bitmap way, which applies it.
 */
export async function frameInput(frame: VideoFrame): Promise<Float32Array> {
  if (isTurned(frame) || !frame.visibleRect) throw new Error('turned frame');
  const { x, y, width, height } = frame.visibleRect;
  if (!(width > 0 && height > 0)) throw new Error('empty picture');
  const order = frame.format ? RGB_AT[frame.format] : undefined;
  if (order) {
    const input = await rgbInput(whole(frame), order);
    if (!input) throw new Error('unreadable frame');
    return input;
  }
  const rows = tapsOf(height);
  const cols = tapsOf(width);
  const rowIndices = neededIndices(rows).indices;
  const colIndices = neededIndices(cols).indices;
  const pairs = runsOf([...new Set(rowIndices.map((row) => row >> 1))]);
  const bandOf = new Map<number, Uint8Array>(); // a needed row → its RGBA pixels
  await Promise.all(
    pairs.map(async ([firstPair, pairCount]) => {
      const first = firstPair * 2;
      const length = Math.min(pairCount * 2, height - first);
      const band = new Uint8Array(width * length * 4);
      await frame.copyTo(band, { rect: { x, y: y + first, width, height: length }, format: 'RGBA', colorSpace: 'srgb' } as VideoFrameCopyToOptions);
      for (let i = 0; i < length; i++) bandOf.set(first + i, band.subarray(i * width * 4, (i + 1) * width * 4));
    }),
  );
  const grid = new Uint8Array(colIndices.length * rowIndices.length * 4);
  let o = 0;
  for (const row of rowIndices) {
    const line = bandOf.get(row)!;
    for (const col of colIndices) {
      grid[o++] = line[col * 4]!;
      grid[o++] = line[col * 4 + 1]!;
      grid[o++] = line[col * 4 + 2]!;
      grid[o++] = 255;
    }
  }
  return bilinearInput(grid, colIndices.length, rows, cols, MODEL_SIZE);
}

/** Chroma subsampling of the YUV layouts a JPEG decodes to: one chroma sample per x × y pixels. */
const CHROMA_STEP: Record<string, [number, number]> = { I420: [2, 2], I422: [2, 1], I444: [1, 1] };

/**
 * The model's input straight from the decoder's YUV planes: only the rows the resize reads are
 * copied, plainly (no conversion), one `copyTo` with a `rect` per run of whole chroma blocks
 * (≈ 224 runs, 2.7 MB for a 12-MP 4:2:0 JPEG instead of the whole 18 MB frame: 4 ms against
 * 11, and less for the garbage collector), into one buffer laid out plane by plane. Then only
 * the ≤ 448 × 448 pixels the resize reads are turned into RGB, with the JPEG (JFIF) full-range
 * BT.601 formula and each chroma sample taken for its pixels, as nsfwjs's reference decoder
 * does (jpeg-js: decoder.js). Asking copyTo for RGBA instead converts every needed row in full,
 * which took longer than the decode itself. Null when the frame is in another layout or colour
 * space: the caller converts with copyTo.
 */
export async function planarInput(source: VideoFrame | readonly Band[]): Promise<Float32Array | null> {
  const bands = 'length' in source ? source : whole(source);
  const first = bands[0]?.frame;
  const step = first?.format ? CHROMA_STEP[first.format] : undefined;
  if (!first || !step || !first.visibleRect) return null;
  const [sx, sy] = step;
  const full = (space: VideoColorSpace) => space.fullRange !== false && (!space.matrix || ['smpte170m', 'bt470bg'].includes(space.matrix));
  if (!bands.every(({ frame }) => full(frame.colorSpace))) return null;
  const height = stackedHeight(bands, sx, sy);
  if (height < 0) return null;
  const width = first.visibleRect.width;
  const rows = tapsOf(height);
  const cols = tapsOf(width);
  const rowIndices = neededIndices(rows).indices;
  const colIndices = neededIndices(cols).indices;
  // Each run of needed rows, cut where one band hands over to the next (a chroma row's start).
  const pieces = blockRunsOf(rowIndices, sy, height).flatMap(([start, length]) =>
    bands.flatMap((band, i) => {
      const from = Math.max(start, band.from);
      const to = Math.min(start + length, bands[i + 1]?.from ?? height);
      return to > from ? [{ band, start: from, length: to - from }] : [];
    }),
  );
  const lumaRows = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const chromaWidth = Math.ceil(width / sx);
  const blueAt = lumaRows * width;
  const redAt = blueAt + Math.ceil(lumaRows / sy) * chromaWidth;
  const planes = new Uint8Array(redAt + (redAt - blueAt));
  const bandRowOf = new Int32Array(height); // a picture row → its row in the copied band
  // One copy after another: awaiting each took less than 224 copies at once (measured, Chromium
  // 150, a 12-MP frame: 1.0–1.7 ms against 2.8–4.2).
  let at = 0; // a multiple of sy: every piece before it holds whole blocks
  for (const { band: { frame, firstRow }, start, length } of pieces) {
    for (let i = 0; i < length; i++) bandRowOf[start + i] = at + i;
    const chromaAt = (at / sy) * chromaWidth;
    const layout = [{ offset: at * width, stride: width }, { offset: blueAt + chromaAt, stride: chromaWidth }, { offset: redAt + chromaAt, stride: chromaWidth }];
    const { x, y } = frame.visibleRect!;
    await frame.copyTo(planes, { rect: { x, y: y + start - firstRow, width, height: length }, layout });
    at += length;
  }
  // Each needed column's luma and chroma offsets, once (not per row).
  const lumaAt = Int32Array.from(colIndices);
  const chromaAt = Int32Array.from(colIndices, (col) => Math.floor(col / sx));
  const grid = new Uint8Array(colIndices.length * rowIndices.length * 3);
  let o = 0;
  for (const row of rowIndices) {
    const bandRow = bandRowOf[row]!;
    const yRow = bandRow * width;
    const chromaRow = Math.floor(bandRow / sy) * chromaWidth;
    const cbRow = blueAt + chromaRow;
    const crRow = redAt + chromaRow;
    for (let i = 0; i < lumaAt.length; i++) {
      const lum = planes[yRow + lumaAt[i]!]!;
      const cb = planes[cbRow + chromaAt[i]!]! - 128;
      const cr = planes[crRow + chromaAt[i]!]! - 128;
      grid[o++] = clampRound(lum + 1.402 * cr);
      grid[o++] = clampRound(lum - 0.3441363 * cb - 0.71413636 * cr);
      grid[o++] = clampRound(lum + 1.772 * cb);
    }
  }
  return bilinearInput(grid, colIndices.length, rows, cols, MODEL_SIZE, 3);
}

/** How many times warmUp runs the reduction (see there). */
const WARM_UP_RUNS = 3;

/**
 * Runs the planes' reduction (planarInput) a few times on a made-up grey I420 frame, no picture
 * of the child's involved, so that its loops are compiled before a photo arrives. Measured in
 * Chromium 150 (a fresh page, 12-MP photos one after another): with no warm-up the first 6–10
 * photos took 23–33 ms to sample instead of 7–12; after one warm-up still 25–32 for the first 10,
 * unless 1.5 s passed first; after three, 7–11 from the first photo (docs/performance.md). Each
 * run is its own task, so the page is never held for long. Returns whether the reduction ran;
 * false where the browser has no VideoFrame.
 */
export async function warmUp(runs = WARM_UP_RUNS): Promise<boolean> {
  const Frame = (globalThis as { VideoFrame?: typeof VideoFrame }).VideoFrame;
  if (!Frame) return false;
  const size = 448; // every row and column is read: each loop runs ≈ 200,000 times
  // All zeros: the values do not matter, only that the code runs. A JPEG's own colours
  // (full-range BT.601, as ImageDecoder gives them), so planarInput takes the frame.
  const planes = new Uint8Array((size * size * 3) / 2);
  for (let run = 0; run < runs; run++) {
    if (run > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    const frame = new Frame(planes, { format: 'I420', codedWidth: size, codedHeight: size, timestamp: 0, colorSpace: { fullRange: true, matrix: 'smpte170m' } });
    try {
      if ((await planarInput(frame)) === null) return false;
    } finally {
      frame.close();
    }
  }
  return true;
}

/** Math.round clamped to a byte (x + 0.5 truncated equals Math.round for x ≥ −0.5; below, both clamp to 0). */
function clampRound(x: number): number {
  const v = (x + 0.5) | 0;
  return v < 0 ? 0 : v > 255 ? 255 : v;
}

async function decodeWithBitmap(blob: Blob): Promise<Decoded> {
  // The file's own pixels: no colour-profile conversion, no premultiplied alpha — what nsfwjs's
  // reference pipeline reads too (tests/photo-check: scores within 0.01), and less work.
  const bitmap = await createImageBitmap(blob, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
  return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
}

/** The input from decoded bands: their planes, else (one frame) copyTo's RGBA; null for halves the planes cannot take. */
export async function bandsInput(bands: readonly Band[]): Promise<Float32Array | null> {
  if (bands.some(({ frame }) => isTurned(frame))) throw new Error('turned frame'); // whole, it would be turned too
  const format = bands[0]!.frame.format;
  const order = format ? RGB_AT[format] : undefined;
  const input = order ? await rgbInput(bands, order) : await planarInput(bands).catch(() => null);
  lastImageTimes.viaPlanes = input && !order ? 1 : 0;
  if (input || bands.length > 1) return input;
  return frameInput(bands[0]!.frame);
}

export async function imageInput(blob: Blob): Promise<Float32Array> {
  const start = performance.now();
  for (const split of [true, false]) {
    const bands = await decodeWithImageDecoder(blob, split).catch(() => null);
    if (!bands) break;
    try {
      lastImageTimes.bitmap = performance.now() - start;
      const input = await bandsInput(bands);
      if (!input) continue; // two halves the planes could not take (another layout): decoded whole instead
      lastImageTimes.sample = performance.now() - start - lastImageTimes.bitmap;
      lastImageTimes.viaImageDecoder = 1;
      lastImageTimes.viaSplit = bands.length > 1 ? 1 : 0;
      return input;
    } catch {
      // An odd-sized or turned frame, or no copyTo conversion in this browser: the bitmap way.
      break;
    } finally {
      for (const { frame } of bands) frame.close();
    }
  }
  const decoded = await decodeWithBitmap(blob);
  lastImageTimes.bitmap = performance.now() - start;
  lastImageTimes.viaImageDecoder = 0;
  lastImageTimes.viaPlanes = 0;
  lastImageTimes.viaSplit = 0;
  try {
    const input = inputOf(decoded.source, decoded.width, decoded.height);
    lastImageTimes.sample = performance.now() - start - lastImageTimes.bitmap;
    return input;
  } finally {
    decoded.close();
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
