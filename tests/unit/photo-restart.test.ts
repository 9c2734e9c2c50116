/**
 * Splitting a JPEG with restart markers into two JPEGs the browser can decode at once
 * (photo-check/jpeg-restart.ts). The pictures are tests/fixtures/photos (made by make.sh there:
 * each restart-*.jpg is its plain-*.jpg twin with markers added losslessly by jpegtran). The
 * halves are decoded here by jpeg-js, a decoder the product does not use, and must give the whole
 * picture's pixels row for row; Chromium's own decoder is checked in tests/e2e/photo-check.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import jpeg from 'jpeg-js';
import { layoutOf, splitAtRestart, splitRowOf, topEndRowOf, turnedByExif } from '../../photo-check/jpeg-restart';

const dir = join(import.meta.dirname, '../fixtures/photos');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
const decode = (bytes: Uint8Array) => jpeg.decode(bytes, { useTArray: true, formatAsRGBA: false });

// Each fixture as made.sh makes it: size, MCU size (from the sampling), restart interval in MCUs,
// and where it must split, worked out by hand from the rules (the bottom half starts at the row
// start in the middle half whose marker is an RST7, nearest the middle; the top half ends at the
// next row start with a marker; the bottom takes over half a row of blocks after its start):
// - 4:2:0, 16×16 MCUs, 76 a row, 57 rows, a marker each row: rows 16, 24, 32, 40 → 32 (512 px);
//   next marker row 33 (528 px); seam 512 + 8;
// - 4:2:2, 16×8 MCUs, 75 a row, 113 rows, a marker every 150: row·75 a multiple of 1200, so
//   multiples of 16 in 29–84 → 64 (7.5 from 56.5; 48 is 8.5) → 512 px; markers on even rows → 66
//   (528 px); seam 512 + 4;
// - 4:4:4, 8×8 MCUs, 150 a row, 113 rows, a marker every 7: row·150 a multiple of 56, so
//   multiples of 28 → 56 → 448 px; markers at row starts every 7 rows → 63 (504 px); seam 448 + 4.
const PICTURES = [
  { name: 'restart-420.jpg', width: 1201, height: 899, mcuWidth: 16, mcuHeight: 16, interval: 76, bottomFirstRow: 512, topHeight: 528, seam: 520 },
  { name: 'restart-422.jpg', width: 1200, height: 900, mcuWidth: 16, mcuHeight: 8, interval: 150, bottomFirstRow: 512, topHeight: 528, seam: 516 },
  { name: 'restart-444.jpg', width: 1200, height: 900, mcuWidth: 8, mcuHeight: 8, interval: 7, bottomFirstRow: 448, topHeight: 504, seam: 452 },
];

describe('where to split', () => {
  it('ends the top half at the next row start with a marker, whatever its number', () => {
    expect(topEndRowOf(96, 188, 250, 250)).toBe(97);
    expect(topEndRowOf(56, 113, 150, 7)).toBe(63); // row·150 a multiple of 7
    expect(topEndRowOf(187, 188, 250, 250)).toBe(-1); // no row after it
  });

  it('splits at the MCU row nearest the middle whose marker is an RST7', () => {
    // 188 rows of 250 MCUs, a marker each row: rows that are multiples of 8, nearest 94 → 96.
    expect(splitRowOf(188, 250, 250)).toBe(96);
    // 57 rows of 76 MCUs, a marker each row: 32 (3.5 from 28.5) beats 24 (4.5).
    expect(splitRowOf(57, 76, 76)).toBe(32);
    // A marker every 7 MCUs, 150 a row: row·150 a multiple of 56, so multiples of 28 in 29–84.
    expect(splitRowOf(113, 150, 7)).toBe(56);
  });

  it('gives no row when no marker falls on a row start in the middle half', () => {
    expect(splitRowOf(10, 5, 100)).toBe(-1);
    expect(splitRowOf(3, 250, 250)).toBe(-1);
  });
});

describe('splitting real JPEGs with restart markers', () => {
  for (const picture of PICTURES) {
    it(`${picture.name}: reads the layout and splits into two JPEGs that decode to the whole picture`, () => {
      const bytes = bytesOf(picture.name);
      const layout = layoutOf(bytes)!;
      expect(layout).toMatchObject({ width: picture.width, height: picture.height, mcuWidth: picture.mcuWidth, mcuHeight: picture.mcuHeight, restartInterval: picture.interval });
      const split = splitAtRestart(bytes, 0)!;
      expect(split).not.toBeNull();
      expect({ bottomFirstRow: split.bottomFirstRow, topHeight: split.topHeight, seam: split.seam }).toEqual({ bottomFirstRow: picture.bottomFirstRow, topHeight: picture.topHeight, seam: picture.seam });
      // Both halves are whole JPEGs: start of image, same headers but the height, end of image.
      expect([...split.top.subarray(0, 2)]).toEqual([0xff, 0xd8]);
      expect([...split.top.subarray(-2)]).toEqual([0xff, 0xd9]);
      expect([...split.bottom.subarray(0, 2)]).toEqual([0xff, 0xd8]);
      const whole = decode(bytes);
      const top = decode(split.top);
      const bottom = decode(split.bottom);
      expect([top.width, top.height]).toEqual([picture.width, split.topHeight]);
      expect([bottom.width, bottom.height]).toEqual([picture.width, picture.height - split.bottomFirstRow]);
      // jpeg-js takes each chroma sample for its pixels (no smoothing between rows), so every row matches.
      const rowBytes = picture.width * 3;
      expect(Buffer.from(top.data).equals(Buffer.from(whole.data.subarray(0, split.topHeight * rowBytes)))).toBe(true);
      expect(Buffer.from(bottom.data).equals(Buffer.from(whole.data.subarray(split.bottomFirstRow * rowBytes)))).toBe(true);
    });
  }

  it('the marker-free twin decodes to the same pixels (the fixtures are one picture each)', () => {
    expect(Buffer.from(decode(bytesOf('plain-420.jpg')).data).equals(Buffer.from(decode(bytesOf('restart-420.jpg')).data))).toBe(true);
  });
});

describe('anything else is decoded whole', () => {
  const restart = bytesOf('restart-420.jpg');
  const layout = layoutOf(restart)!;

  it('refuses a JPEG without restart markers', () => {
    expect(layoutOf(bytesOf('plain-420.jpg'))).toBeNull();
    expect(splitAtRestart(bytesOf('plain-444.jpg'), 0)).toBeNull();
  });

  it('splits only pictures of at least the given size (by default a megapixel)', () => {
    expect(splitAtRestart(restart)).not.toBeNull(); // 1201 × 899 = 1,079,699 pixels
    expect(splitAtRestart(restart, 1201 * 899)).not.toBeNull();
    expect(splitAtRestart(restart, 1201 * 899 + 1)).toBeNull();
  });

  it('refuses a progressive frame, a lossless frame and a second frame header', () => {
    for (const marker of [0xc2, 0xc3, 0xc9]) {
      const copy = restart.slice();
      copy[layout.frameAt + 1] = marker;
      expect(splitAtRestart(copy, 0)).toBeNull();
    }
  });

  it('refuses markers out of turn, and data that ends before the split', () => {
    const scan = restart.subarray(layout.scanAt);
    const firstMarker = layout.scanAt + scan.findIndex((b, i) => b === 0xff && scan[i + 1] === 0xd0);
    const outOfTurn = restart.slice();
    outOfTurn[firstMarker + 1] = 0xd1;
    expect(splitAtRestart(outOfTurn, 0)).toBeNull();
    expect(splitAtRestart(restart.slice(0, layout.scanAt + 1000), 0)).toBeNull();
  });

  it('refuses what is not a JPEG, and never throws on damaged files', () => {
    expect(splitAtRestart(new Uint8Array(0), 0)).toBeNull();
    expect(splitAtRestart(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), 0)).toBeNull();
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 300; i++) {
      const copy = restart.slice(0, layout.scanAt + 20_000);
      for (let j = 0; j < 8; j++) copy[Math.floor(random() * layout.scanAt)] = Math.floor(random() * 256);
      expect(() => splitAtRestart(copy, 0)).not.toThrow();
    }
  });
});

describe('a photo shown turned (Exif orientation) is not split', () => {
  // An APP1 Exif segment's payload: "Exif\0\0", a TIFF header, one directory entry (tag, type SHORT, count 1, value).
  const exif = (order: 'II' | 'MM', tag: number, value: number) => {
    const big = order === 'MM';
    const u16 = (n: number) => (big ? [n >> 8, n & 255] : [n & 255, n >> 8]);
    const u32 = (n: number) => (big ? [0, 0, 0, n] : [n, 0, 0, 0]);
    return Uint8Array.from([...'Exif'].map((c) => c.charCodeAt(0)).concat([0, 0], [...order].map((c) => c.charCodeAt(0)), u16(42), u32(8), u16(1), u16(tag), u16(3), u32(1), u16(value), [0, 0], u32(0)));
  };
  const withSegment = (bytes: Uint8Array, payload: Uint8Array) =>
    Uint8Array.from([...bytes.subarray(0, 2), 0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 255, ...payload, ...bytes.subarray(2)]);

  it('reads the orientation in either byte order', () => {
    expect(turnedByExif(exif('MM', 0x0112, 6))).toBe(true);
    expect(turnedByExif(exif('II', 0x0112, 8))).toBe(true);
    expect(turnedByExif(exif('II', 0x0112, 1))).toBe(false);
    expect(turnedByExif(exif('MM', 0x010f, 6))).toBe(false); // another tag (Make): no orientation
    expect(turnedByExif(new TextEncoder().encode('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>'))).toBe(false);
    expect(turnedByExif(exif('MM', 0x0112, 6).subarray(0, 20))).toBe(true); // cut short: unreadable counts as turned
  });

  it('splits a marked photo shown as stored, and not one to be turned', () => {
    const restart = bytesOf('restart-420.jpg');
    expect(splitAtRestart(withSegment(restart, exif('II', 0x0112, 1)), 0)).not.toBeNull();
    expect(splitAtRestart(withSegment(restart, exif('MM', 0x0112, 6)), 0)).toBeNull();
  });
});
