/**
 * The photo check's input must be exactly nsfwjs's: tf.image.resizeBilinear(image, [224, 224],
 * alignCorners = true) of the whole picture. photo-check/sample.ts reads only the rows and
 * columns that resize uses; here it is checked against TF.js itself (CPU backend) on pictures
 * of many shapes — larger and smaller than 224, square, wide and tall.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { bilinearInput, blockRunsOf, MODEL_SIZE, neededIndices, runsOf, tapsOf } from '../../photo-check/sample';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function picture(width: number, height: number, seed: number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(width * height * 4);
  let x = seed;
  for (let i = 0; i < rgba.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    rgba[i] = i % 4 === 3 ? 255 : x >>> 24;
  }
  return rgba;
}

/** What decode.ts copies out of a picture: the needed rows × needed columns, RGBA. */
function gather(rgba: Uint8ClampedArray, width: number, height: number): { grid: Uint8ClampedArray; gridWidth: number } {
  const rows = neededIndices(tapsOf(height)).indices;
  const cols = neededIndices(tapsOf(width)).indices;
  const grid = new Uint8ClampedArray(rows.length * cols.length * 4);
  rows.forEach((r, i) => cols.forEach((c, j) => grid.set(rgba.subarray((r * width + c) * 4, (r * width + c) * 4 + 4), (i * cols.length + j) * 4)));
  return { grid, gridWidth: cols.length };
}

describe('photo check input', () => {
  it.each([
    [2000, 1500], [1500, 2000], [512, 512], [225, 224], [224, 224], [100, 60], [1, 1], [1920, 1080], [777, 333],
  ])('%i×%i matches TF.js resizeBilinear(alignCorners) to 1e-3 (0–255 scale)', (width, height) => {
    const rgba = picture(width, height, width * 31 + height);
    const { grid, gridWidth } = gather(rgba, width, height);
    const ours = bilinearInput(grid, gridWidth, tapsOf(height), tapsOf(width));
    const rgb = new Int32Array(width * height * 3);
    for (let p = 0; p < width * height; p++) for (let d = 0; d < 3; d++) rgb[p * 3 + d] = rgba[p * 4 + d]!;
    const theirs = tf.tidy(() => tf.image.resizeBilinear(tf.tensor3d(rgb, [height, width, 3]).toFloat(), [MODEL_SIZE, MODEL_SIZE], true).dataSync());
    expect(ours.length).toBe(theirs.length);
    let max = 0;
    for (let i = 0; i < ours.length; i++) max = Math.max(max, Math.abs(ours[i]! - theirs[i]!));
    expect(max).toBeLessThan(1e-3);
  });

  it('reads only two rows and two columns per output line of a large photo', () => {
    const rows = neededIndices(tapsOf(3000)).indices;
    expect(rows.length).toBeLessThanOrEqual(2 * MODEL_SIZE);
    expect(runsOf(rows).length).toBeLessThanOrEqual(MODEL_SIZE);
  });

  it('groups consecutive indices into runs', () => {
    expect(runsOf([0, 1, 2, 5, 6, 9])).toEqual([[0, 3], [5, 2], [9, 1]]);
  });

  it('groups needed rows into runs of whole chroma blocks, the last clipped to the picture', () => {
    expect(blockRunsOf([1, 5, 9], 2, 10)).toEqual([[0, 2], [4, 2], [8, 2]]);
    expect(blockRunsOf([1, 2, 5, 6, 9], 2, 10)).toEqual([[0, 10]]);
    expect(blockRunsOf([3, 4, 8], 2, 9)).toEqual([[2, 4], [8, 1]]);
    expect(blockRunsOf([0, 1, 2, 5, 6, 9], 1, 10)).toEqual([[0, 3], [5, 2], [9, 1]]);
  });
});
