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
import { planarInput, warmUp } from '../../photo-check/decode';

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

describe('warming up the reduction before a photo arrives', () => {
  afterEach(() => {
    delete (globalThis as { VideoFrame?: unknown }).VideoFrame;
  });

  it('reduces a made-up 448×448 I420 frame in a JPEG\'s colour space through planarInput, then closes it', async () => {
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
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ init: { format: 'I420', codedWidth: 448, codedHeight: 448, colorSpace: { fullRange: true, matrix: 'smpte170m' } }, closed: true });
    expect(made[0]!.calls, 'the planes were copied, so the loops ran').toBeGreaterThan(0);
  });

  it('does nothing where the browser has no VideoFrame', async () => {
    expect(await warmUp()).toBe(false);
  });
});
