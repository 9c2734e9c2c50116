/**
 * Splits a baseline JPEG that has restart markers into a top and a bottom JPEG, so the browser
 * can decode the two halves at once, one on each core (decode.ts). A JPEG's compressed data is
 * one chain: a block can only be found by decoding every block before it. Restart markers
 * (DRI / RST0–7, written by some phone cameras: Samsung Galaxy photos carry them) break the
 * chain: after a marker the decoder starts afresh, so the data after it is a JPEG of its own once
 * it has the same headers and its own height. The halves overlap by the rows of blocks between two
 * markers: a decoder that gives YUV planes (Chromium) decodes every row exactly as in the whole
 * picture (the same coefficients, the same block-by-block inverse DCT), but one that turns 4:2:0
 * into RGB (Firefox) smooths chroma between rows, so a half's rows next to its cut differ; each
 * half is read only away from its cut (`seam`). Tested in Chromium and Firefox: the model's input
 * is the marker-free picture's, number for number.
 *
 * Pure and defensive: any JPEG it does not fully understand (progressive, several scans, no
 * markers, a marker out of order, a split too far from the middle, markers so far apart that the
 * overlap would be over an eighth of the picture, an Exif orientation other than as stored) gives null, and the caller
 * decodes the file whole, as without this. Nothing is copied but the two halves.
 */

/**
 * The two halves, each a complete JPEG. They overlap: the top one goes on past the bottom one's
 * first row (`bottomFirstRow`) to `topHeight`, so a decoder that smooths chroma between rows
 * (Firefox's, into RGB) has true neighbours on both sides of `seam`, the row where the bottom
 * half takes over (half a row of blocks into the overlap, on a chroma row).
 */
export interface RestartSplit {
  top: Uint8Array<ArrayBuffer>;
  bottom: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
  topHeight: number;
  bottomFirstRow: number;
  seam: number;
}

/** Below this many pixels a whole decode takes a few milliseconds: no split. */
export const SPLIT_MIN_PIXELS = 1_000_000;

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const DRI = 0xdd;
const DNL = 0xdc;
const RST0 = 0xd0;
const APP1 = 0xe1;
/** Baseline and extended sequential Huffman frames; every other SOF (progressive, lossless, arithmetic) is refused. */
const SEQUENTIAL_HUFFMAN = new Set([0xc0, 0xc1]);
const OTHER_FRAMES = new Set([0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

interface Layout {
  frameAt: number; // the SOF marker's offset
  width: number;
  height: number;
  mcuWidth: number;
  mcuHeight: number;
  restartInterval: number; // MCUs between markers
  scanAt: number; // the first byte of the compressed data
}

/**
 * Whether an APP1 segment is Exif with an orientation other than "as stored" (tag 0x0112 in the
 * first image directory, TIFF layout, either byte order). Anything unreadable counts as turned.
 */
export function turnedByExif(segment: Uint8Array): boolean {
  const isExif = segment.length >= 6 && String.fromCharCode(...segment.subarray(0, 4)) === 'Exif' && segment[4] === 0 && segment[5] === 0;
  if (!isExif) return false; // XMP or another APP1: no orientation here
  const tiff = segment.subarray(6);
  if (tiff.length < 8) return true;
  const little = tiff[0] === 0x49; // "II"; "MM" is big-endian
  const read = (at: number, size: 2 | 4) => {
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + tiff[little ? at + size - 1 - i : at + i]!;
    return value;
  };
  const directory = read(4, 4);
  if (directory + 2 > tiff.length) return true;
  const entries = read(directory, 2);
  for (let i = 0; i < entries; i++) {
    const entry = directory + 2 + i * 12;
    if (entry + 12 > tiff.length) return true;
    if (read(entry, 2) === 0x0112) return read(entry + 8, 2) !== 1;
  }
  return false;
}

/** The headers this needs, or null for anything but one interleaved sequential scan with restart markers. */
export function layoutOf(bytes: Uint8Array): Layout | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== SOI) return null;
  let at = 2;
  let frame: Omit<Layout, 'restartInterval' | 'scanAt'> | null = null;
  let components = 0;
  let restartInterval = 0;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte before a marker
      continue;
    }
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (length < 2 || at + 2 + length > bytes.length) return null;
    if (OTHER_FRAMES.has(marker) || marker === DNL) return null;
    if (SEQUENTIAL_HUFFMAN.has(marker)) {
      if (frame || length < 8 || bytes[at + 4] !== 8) return null; // 8-bit samples only
      components = bytes[at + 9]!;
      // Colour (YCbCr) only: the planes the caller reads; grey or CMYK files are decoded whole.
      if (length !== 8 + 3 * components || components !== 3) return null;
      let h = 1;
      let v = 1;
      for (let c = 0; c < components; c++) {
        const factors = bytes[at + 11 + c * 3]!;
        h = Math.max(h, factors >> 4);
        v = Math.max(v, factors & 15);
      }
      frame = {
        frameAt: at,
        height: (bytes[at + 5]! << 8) | bytes[at + 6]!,
        width: (bytes[at + 7]! << 8) | bytes[at + 8]!,
        mcuWidth: 8 * h,
        mcuHeight: 8 * v,
      };
    } else if (marker === APP1 && turnedByExif(bytes.subarray(at + 4, at + 2 + length))) {
      return null; // shown turned: a browser that turns the pixels would turn each half on its own
    } else if (marker === DRI) {
      if (length !== 4) return null;
      restartInterval = (bytes[at + 4]! << 8) | bytes[at + 5]!;
    } else if (marker === SOS) {
      // One scan with every component (interleaved); a scan per component would need one split each.
      if (!frame || bytes[at + 4] !== components || !restartInterval || !frame.width || !frame.height) return null;
      return { ...frame, restartInterval, scanAt: at + 2 + length };
    }
    at += 2 + length;
  }
  return null;
}

/**
 * The MCU row to split at: the one nearest the middle where a restart marker falls at a row's
 * start and the bottom's first marker would be RST0 (markers count 0–7 from each scan's start,
 * so the bottom JPEG keeps the file's own numbering), within the middle half of the picture.
 */
export function splitRowOf(mcuRows: number, mcusPerRow: number, restartInterval: number): number {
  const middle = mcuRows / 2;
  let best = -1;
  for (let row = Math.ceil(mcuRows / 4); row <= Math.floor((3 * mcuRows) / 4); row++) {
    if ((row * mcusPerRow) % (8 * restartInterval) !== 0) continue;
    if (best < 0 || Math.abs(row - middle) < Math.abs(best - middle)) best = row;
  }
  return best;
}

/** The first MCU row after `row` where a restart marker falls at the row's start (any marker number): where the top half ends. */
export function topEndRowOf(row: number, mcuRows: number, mcusPerRow: number, restartInterval: number): number {
  for (let end = row + 1; end < mcuRows; end++) if ((end * mcusPerRow) % restartInterval === 0) return end;
  return -1;
}

/**
 * The offsets of the restart markers that end the `counts` (ascending) numbers of intervals
 * after `from`, checking that each marker is the next in turn (RST0, RST1, … RST7, RST0).
 */
function restartMarkersAt(bytes: Uint8Array, from: number, counts: readonly number[]): number[] {
  const found: number[] = [];
  let seen = 0;
  let at = from;
  for (;;) {
    at = bytes.indexOf(0xff, at);
    if (at < 0 || at + 1 >= bytes.length) return [];
    const next = bytes[at + 1]!;
    if (next === 0x00 || next === 0xff) {
      at += next === 0x00 ? 2 : 1; // a stuffed 0xFF data byte, or fill
      continue;
    }
    if (next < RST0 || next > RST0 + 7) return []; // EOI or another marker before the split
    if (next !== RST0 + (seen % 8)) return [];
    seen++;
    if (seen === counts[found.length]) {
      found.push(at);
      if (found.length === counts.length) return found;
    }
    at += 2;
  }
}

function withHeight(headers: Uint8Array, frameAt: number, height: number, body: Uint8Array, ending: Uint8Array | null): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(headers.length + body.length + (ending?.length ?? 0));
  out.set(headers);
  out[frameAt + 5] = height >> 8;
  out[frameAt + 6] = height & 0xff;
  out.set(body, headers.length);
  if (ending) out.set(ending, headers.length + body.length);
  return out;
}

export function splitAtRestart(bytes: Uint8Array, minPixels = SPLIT_MIN_PIXELS): RestartSplit | null {
  const layout = layoutOf(bytes);
  if (!layout || layout.width * layout.height < minPixels) return null;
  const mcusPerRow = Math.ceil(layout.width / layout.mcuWidth);
  const mcuRows = Math.ceil(layout.height / layout.mcuHeight);
  const row = splitRowOf(mcuRows, mcusPerRow, layout.restartInterval);
  if (row <= 0) return null;
  const end = topEndRowOf(row, mcuRows, mcusPerRow, layout.restartInterval);
  if (end < 0 || end - row > mcuRows / 8) return null; // markers too far apart: too much decoded twice
  const [bottomStart, topEnd] = restartMarkersAt(bytes, layout.scanAt, [(row * mcusPerRow) / layout.restartInterval, (end * mcusPerRow) / layout.restartInterval]);
  if (bottomStart === undefined || topEnd === undefined) return null;
  const headers = bytes.subarray(0, layout.scanAt);
  const bottomFirstRow = row * layout.mcuHeight;
  const topHeight = Math.min(end * layout.mcuHeight, layout.height);
  return {
    top: withHeight(headers, layout.frameAt, topHeight, bytes.subarray(layout.scanAt, topEnd), new Uint8Array([0xff, EOI])),
    bottom: withHeight(headers, layout.frameAt, layout.height - bottomFirstRow, bytes.subarray(bottomStart + 2), null),
    width: layout.width,
    height: layout.height,
    topHeight,
    bottomFirstRow,
    seam: bottomFirstRow + layout.mcuHeight / 2,
  };
}
