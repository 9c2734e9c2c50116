/**
 * The decoder's YUV planes to the model's input (photo-check/decode.ts, planarInput): only the
 * pixels the resize reads are converted, with the JPEG (JFIF) formula and each chroma sample
 * for its 2×2 (4:2:0), 2×1 (4:2:2) or 1×1 (4:4:4) pixels. Checked against the whole picture
 * converted pixel by pixel and resized by TF.js itself (nsfwjs's resizeBilinear, aligned
 * corners), with a stand-in for WebCodecs' VideoFrame (happy-dom has none). Frames in any other
 * layout, colour space or orientation are left to the slower RGBA copy (null).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { bandsInput, frameInput, planarInput, warmUp } from '../../photo-check/decode';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const STEPS = { I420: [2, 2], I422: [2, 1], I444: [1, 1] } as const;
type Format = keyof typeof STEPS;

function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

interface Rect { x: number; y: number; width: number; height: number }
interface CopyOptions { rect?: Rect; layout?: { offset: number; stride: number }[] }

/**
 * A stand-in VideoFrame with planes Y, U, V laid out one after the other, rows padded to a
 * stride. Its copyTo follows WebCodecs' rules (w3c.github.io/webcodecs, "Parse VideoFrameCopyToOptions"
 * and "Compute Layout and Allocation Size"): a rect's x and y must be multiples of each plane's
 * sample size, each plane's rows are its samples the rect covers (rounded up), tightly packed
 * unless a layout gives each plane's offset and stride; a destination too small is refused.
 * It counts the bytes copied, so a test can tell a copy of the whole frame from one of rows.
 */
function frame(width: number, height: number, format: Format, extra: Record<string, unknown> = {}) {
  const [sx, sy] = STEPS[format];
  const cw = Math.ceil(width / sx);
  const ch = Math.ceil(height / sy);
  const strides = [width + 3, cw + 1, cw + 1];
  const offsets = [0, strides[0]! * height, strides[0]! * height + strides[1]! * ch];
  const bytes = noise(offsets[2]! + strides[2]! * ch, width * 7 + height);
  const at = (plane: number, row: number, col: number) => bytes[offsets[plane]! + row * strides[plane]! + col]!;
  const rgb = new Float32Array(width * height * 3);
  const clamp = (v: number) => Math.min(255, Math.max(0, Math.round(v)));
  for (let r = 0; r < height; r++)
    for (let c = 0; c < width; c++) {
      const y = at(0, r, c);
      const cb = at(1, Math.floor(r / sy), Math.floor(c / sx)) - 128;
      const cr = at(2, Math.floor(r / sy), Math.floor(c / sx)) - 128;
      rgb.set([clamp(y + 1.402 * cr), clamp(y - 0.3441363 * cb - 0.71413636 * cr), clamp(y + 1.772 * cb)], (r * width + c) * 3);
    }
  const samples = [[1, 1], [sx, sy], [sx, sy]] as const;
  const copied = { bytes: 0, calls: 0 };
  const videoFrame = {
    format,
    colorSpace: { fullRange: true, matrix: 'smpte170m' },
    visibleRect: { x: 0, y: 0, width, height },
    allocationSize: () => width * height + 2 * cw * ch,
    copyTo: async (destination: Uint8Array, options: CopyOptions = {}) => {
      const rect = options.rect ?? { x: 0, y: 0, width, height };
      if (rect.x < 0 || rect.y < 0 || rect.x + rect.width > width || rect.y + rect.height > height) throw new TypeError('rect outside the frame');
      let packed = 0;
      const layout = samples.map(([w, h], plane) => {
        if (rect.x % w || rect.y % h) throw new TypeError('rect not sample-aligned');
        const rowBytes = Math.ceil(rect.width / w);
        const rows = Math.ceil(rect.height / h);
        const given = options.layout?.[plane];
        const place = given ?? { offset: packed, stride: rowBytes };
        if (place.stride < rowBytes || place.offset + place.stride * (rows - 1) + rowBytes > destination.length) throw new TypeError('destination too small');
        packed += rowBytes * rows;
        for (let row = 0; row < rows; row++) {
          const from = offsets[plane]! + (rect.y / h + row) * strides[plane]! + rect.x / w;
          destination.set(bytes.subarray(from, from + rowBytes), place.offset + row * place.stride);
        }
        copied.bytes += rowBytes * rows;
        return place;
      });
      copied.calls++;
      return layout;
    },
    ...extra,
  } as unknown as VideoFrame;
  return { videoFrame, rgb, copied };
}

function reference(rgb: Float32Array, width: number, height: number): Float32Array {
  return tf.tidy(() => tf.image.resizeBilinear(tf.tensor3d(rgb, [height, width, 3]), [224, 224], true).dataSync() as Float32Array);
}

describe('YUV planes to the model input', () => {
  for (const [format, width, height] of [['I420', 640, 480], ['I420', 301, 199], ['I422', 500, 260], ['I444', 230, 400]] as const) {
    it(`${format} ${width}×${height}: the same input as converting the whole picture and resizing it with TF.js`, async () => {
      const { videoFrame, rgb } = frame(width, height, format);
      const got = await planarInput(videoFrame);
      const want = reference(rgb, width, height);
      expect(got).not.toBeNull();
      let worst = 0;
      for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(got![i]! - want[i]!));
      expect(worst).toBeLessThan(1e-3);
    });
  }

  it('copies only the rows the resize reads, not the whole frame', async () => {
    const { videoFrame, copied } = frame(4000, 3000, 'I420');
    expect(await planarInput(videoFrame)).not.toBeNull();
    // 224 output rows read at most 448 rows; whole 2×2 blocks make that at most 896 of 3000.
    expect(copied.bytes).toBeLessThanOrEqual(896 * 4000 * 1.5);
    expect(copied.bytes).toBeGreaterThanOrEqual(448 * 4000 * 1.5);
    expect(copied.calls).toBeLessThanOrEqual(224);
  });

  it('leaves other layouts, limited-range or non-BT.601 colours and turned frames to the RGBA copy', async () => {
    const cases: Record<string, unknown>[] = [
      { format: 'NV12' },
      { format: 'RGBA' },
      { colorSpace: { fullRange: false, matrix: 'smpte170m' } },
      { colorSpace: { fullRange: true, matrix: 'bt709' } },
      { rotation: 90 },
      { flip: true },
      { visibleRect: { x: 1, y: 0, width: 63, height: 48 } },
    ];
    for (const extra of cases) expect(await planarInput(frame(64, 48, 'I420', extra).videoFrame)).toBeNull();
  });
});

/**
 * A stand-in for the frame Firefox's ImageDecoder gives: already RGB, 4 bytes a pixel in `format`
 * order. Its copyTo copies the rect as it is (no conversion asked) and counts its calls, since in
 * Firefox 140 each call costs a whole frame's copy whatever the rect.
 */
function rgbFrame(width: number, height: number, format: 'BGRX' | 'RGBA') {
  const bytes = noise(width * height * 4, width + height * 3);
  const rgb = new Float32Array(width * height * 3);
  const order = format === 'BGRX' ? [2, 1, 0] : [0, 1, 2];
  for (let p = 0; p < width * height; p++) for (let c = 0; c < 3; c++) rgb[p * 3 + c] = bytes[p * 4 + order[c]!]!;
  const copied = { calls: 0 };
  const videoFrame = {
    format,
    colorSpace: { fullRange: null, matrix: null },
    visibleRect: { x: 0, y: 0, width, height },
    copyTo: async (destination: Uint8Array, options: CopyOptions = {}) => {
      const rect = options.rect ?? { x: 0, y: 0, width, height };
      const stride = options.layout?.[0]?.stride ?? rect.width * 4;
      for (let row = 0; row < rect.height; row++) {
        const from = ((rect.y + row) * width + rect.x) * 4;
        destination.set(bytes.subarray(from, from + rect.width * 4), (options.layout?.[0]?.offset ?? 0) + row * stride);
      }
      copied.calls++;
      return [{ offset: 0, stride }];
    },
  } as unknown as VideoFrame;
  return { videoFrame, rgb, copied };
}

describe('a frame already in RGB (Firefox)', () => {
  for (const [format, width, height] of [['BGRX', 640, 480], ['RGBA', 301, 199]] as const) {
    it(`${format} ${width}×${height}: one copy of the frame, and the same input as TF.js's resize of its RGB`, async () => {
      const { videoFrame, rgb, copied } = rgbFrame(width, height, format);
      const got = await frameInput(videoFrame);
      const want = reference(rgb, width, height);
      let worst = 0;
      for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(got[i]! - want[i]!));
      expect(worst).toBeLessThan(1e-3);
      expect(copied.calls).toBe(1);
    });
  }

  it('two RGB halves (a split JPEG in Firefox): one copy each, exactly the input of the whole frame', async () => {
    const { videoFrame, copied } = rgbFrame(1200, 900, 'BGRX');
    const whole = await frameInput(videoFrame);
    // Cut at row 448, the top half on to 456, the bottom half from 452; each spoils its 2 rows by the cut.
    const halves = await bandsInput([{ frame: bandOf(videoFrame, 0, 456, 900), firstRow: 0, from: 0 }, { frame: bandOf(videoFrame, 448, 452, 900), firstRow: 448, from: 452 }]);
    expect(halves).toEqual(whole);
    expect(copied.calls).toBe(3);
  });
});

/**
 * Rows [first, first + rows) of a stand-in frame (of `height` rows) as a frame of its own, a JPEG's
 * half decoded alone. As a decoder that smooths chroma between rows would, it gets the 2 rows
 * next to a cut wrong (its first plane's bytes there inverted), so only a half's inner rows are true.
 */
function bandOf(whole: VideoFrame, first: number, rows: number, height: number, extra: Record<string, unknown> = {}): VideoFrame {
  const { width } = whole.visibleRect!;
  const spoiled = (row: number) => (first > 0 && row < 2) || (first + rows < height && row >= rows - 2);
  return {
    format: whole.format,
    colorSpace: whole.colorSpace,
    visibleRect: { x: 0, y: 0, width, height: rows },
    copyTo: async (destination: Uint8Array, options: CopyOptions = {}) => {
      const rect = options.rect ?? { x: 0, y: 0, width, height: rows };
      if (rect.y + rect.height > rows) throw new TypeError('rect outside the frame');
      const layout = await whole.copyTo(destination, { ...options, rect: { ...rect, y: rect.y + first } } as VideoFrameCopyToOptions);
      const { offset, stride } = (layout as unknown as { offset: number; stride: number }[])[0]!;
      for (let r = 0; r < rect.height; r++) {
        if (!spoiled(rect.y + r)) continue;
        for (let i = offset + r * stride; i < offset + r * stride + rect.width; i++) destination[i] = 255 - destination[i]!;
      }
      return layout;
    },
    ...extra,
  } as unknown as VideoFrame;
}

describe('a picture decoded as two halves (a JPEG split at restart markers)', () => {
  // As jpeg-restart.ts cuts the test fixtures: the bottom half from a row of blocks, the top half on
  // to the next marker's row, the bottom taking over half a row of blocks in.
  for (const [format, width, height, bottomFirstRow, topHeight, seam] of [['I420', 1201, 899, 512, 528, 520], ['I422', 1200, 900, 512, 528, 516], ['I444', 1200, 900, 448, 504, 452]] as const) {
    it(`${format} ${width}×${height}, halves overlapping in rows ${bottomFirstRow}–${topHeight - 1}: exactly the input of the whole frame`, async () => {
      const { videoFrame } = frame(width, height, format);
      const whole = await planarInput(videoFrame);
      const halves = await planarInput([
        { frame: bandOf(videoFrame, 0, topHeight, height), firstRow: 0, from: 0 },
        { frame: bandOf(videoFrame, bottomFirstRow, height - bottomFirstRow, height), firstRow: bottomFirstRow, from: seam },
      ]);
      expect(whole).not.toBeNull();
      expect(halves).toEqual(whole);
    });
  }

  it("the stand-in's spoiled rows do change the input when a half hands over at its own cut", async () => {
    const { videoFrame } = frame(1201, 899, 'I420');
    const whole = await planarInput(videoFrame);
    // The resize reads rows 515 and 516 (output row 128: 128 × 898 / 223 = 515.4); a bottom half
    // from row 516 that also gives rows from 516 gives its spoiled first row.
    const atCut = await planarInput([
      { frame: bandOf(videoFrame, 0, 528, 899), firstRow: 0, from: 0 },
      { frame: bandOf(videoFrame, 516, 899 - 516, 899), firstRow: 516, from: 516 },
    ]);
    expect(atCut).not.toEqual(whole);
  });

  it('refuses halves with a gap, a half that does not hold its rows, other widths or layouts, a mid-block start', async () => {
    const { videoFrame } = frame(640, 480, 'I420');
    const top = { frame: bandOf(videoFrame, 0, 240, 480), firstRow: 0, from: 0 };
    const bottom = (extra: Record<string, unknown> = {}) => bandOf(videoFrame, 240, 240, 480, extra);
    expect(await planarInput([top, { frame: bottom(), firstRow: 240, from: 256 }])).toBeNull(); // rows 240–255 from nowhere
    expect(await planarInput([top, { frame: bottom(), firstRow: 240, from: 230 }])).toBeNull(); // the bottom holds no row 230
    expect(await planarInput([top, { frame: bottom({ visibleRect: { x: 0, y: 0, width: 600, height: 240 } }), firstRow: 240, from: 240 }])).toBeNull();
    expect(await planarInput([top, { frame: bottom({ format: 'I444' }), firstRow: 240, from: 240 }])).toBeNull();
    expect(await planarInput([top, { frame: bottom({ rotation: 180 }), firstRow: 240, from: 240 }])).toBeNull();
    expect(await planarInput([{ frame: bandOf(videoFrame, 0, 241, 480), firstRow: 0, from: 0 }, { frame: bandOf(videoFrame, 241, 239, 480), firstRow: 241, from: 241 }])).toBeNull();
    expect(await planarInput([{ ...top, from: 2 }, { frame: bottom(), firstRow: 240, from: 240 }])).toBeNull(); // rows 0–1 from nowhere
  });
});
describe('warming up the reduction before a photo arrives', () => {
  afterEach(() => {
    delete (globalThis as { VideoFrame?: unknown }).VideoFrame;
  });

  it('reduces a made-up 448×448 I420 frame in a JPEG\'s colour space through planarInput three times, closing each', async () => {
    const made: { init: VideoFrameBufferInit; closed: boolean; calls: number }[] = [];
    (globalThis as { VideoFrame?: unknown }).VideoFrame = class {
      constructor(_data: BufferSource, init: VideoFrameBufferInit) {
        const record = { init, closed: false, calls: 0 };
        made.push(record);
        const { videoFrame, copied } = frame(init.codedWidth, init.codedHeight, init.format as Format, { colorSpace: init.colorSpace });
        Object.assign(this, videoFrame, { close: () => void (record.closed = true) });
        Object.defineProperty(record, 'calls', { get: () => copied.calls });
      }
    };
    expect(await warmUp()).toBe(true);
    expect(made, 'three runs: after one, a fresh page still sampled its first photos unoptimised').toHaveLength(3);
    for (const record of made) {
      expect(record).toMatchObject({ init: { format: 'I420', codedWidth: 448, codedHeight: 448, colorSpace: { fullRange: true, matrix: 'smpte170m' } }, closed: true });
      expect(record.calls, 'the planes were copied, so the loops ran').toBeGreaterThan(0);
    }
  });

  it('stops at the first run the planes way refuses, and says so', async () => {
    let made = 0;
    (globalThis as { VideoFrame?: unknown }).VideoFrame = class {
      constructor(_data: BufferSource, init: VideoFrameBufferInit) {
        made++;
        // A browser that reports another colour space for the frame: planarInput answers null.
        const { videoFrame } = frame(init.codedWidth, init.codedHeight, init.format as Format, { colorSpace: { fullRange: false, matrix: 'bt709' } });
        Object.assign(this, videoFrame, { close: () => undefined });
      }
    };
    expect(await warmUp()).toBe(false);
    expect(made).toBe(1);
  });

  it('does nothing where the browser has no VideoFrame', async () => {
    expect(await warmUp()).toBe(false);
  });
});
