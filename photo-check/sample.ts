/**
 * The model's input, computed exactly as nsfwjs computes it: `tf.image.resizeBilinear(image,
 * [224, 224], alignCorners = true)` of the whole decoded picture (nsfwjs 4.4.0, core.js `infer`;
 * the formula is TF.js's CPU kernel, ResizeBilinear.js). Bilinear interpolation with aligned
 * corners reads only two source rows and two source columns per output row and column, so only
 * those pixels are taken from the decoded picture (decode.ts), never a full 48 MB copy of a
 * 12-megapixel photo. Pure; tests/unit/photo-sample.test.ts checks it against TF.js itself.
 */
export const MODEL_SIZE = 224;

/** For each output index: the two source indices it reads and the weight of the second. */
export interface Taps {
  floor: Int32Array;
  ceil: Int32Array;
  frac: Float64Array;
}

export function tapsOf(inSize: number, outSize = MODEL_SIZE): Taps {
  const aligned = outSize > 1;
  const ratio = (aligned ? inSize - 1 : inSize) / (aligned ? outSize - 1 : outSize);
  const taps: Taps = { floor: new Int32Array(outSize), ceil: new Int32Array(outSize), frac: new Float64Array(outSize) };
  for (let i = 0; i < outSize; i++) {
    const source = ratio * i;
    const floor = Math.max(0, Math.floor(source));
    taps.floor[i] = floor;
    taps.ceil[i] = Math.min(inSize - 1, Math.ceil(source));
    taps.frac[i] = source - floor;
  }
  return taps;
}

/** The distinct source indices the taps read, ascending, and each index's place among them. */
export function neededIndices(taps: Taps): { indices: number[]; placeOf: Map<number, number> } {
  const indices = [...new Set([...taps.floor, ...taps.ceil])].sort((a, b) => a - b);
  return { indices, placeOf: new Map(indices.map((index, place) => [index, place])) };
}

/** Runs of consecutive indices, as [first, length]: one copy each instead of one per index. */
export function runsOf(indices: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const index of indices) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === index) last[1]++;
    else runs.push([index, 1]);
  }
  return runs;
}

/**
 * The runs of whole blocks of `block` rows (the luma rows that share a chroma row: 2 in 4:2:0,
 * 1 in 4:2:2 and 4:4:4) holding the needed rows, as [first row, rows], the last clipped to
 * `size`: each run starts on a block and all but a clipped last hold whole blocks, so a copy of
 * it is sample-aligned for every plane.
 */
export function blockRunsOf(indices: readonly number[], block: number, size: number): [number, number][] {
  const blocks = runsOf([...new Set(indices.map((index) => Math.floor(index / block)))]);
  return blocks.map(([first, count]) => [first * block, Math.min(count * block, size - first * block)]);
}

/** For each output index, the place among the needed indices of the two it reads (one lookup per index, not per pixel). */
function placesOf(taps: Taps): { floor: Int32Array; ceil: Int32Array } {
  const { placeOf } = neededIndices(taps);
  return { floor: Int32Array.from(taps.floor, (i) => placeOf.get(i)!), ceil: Int32Array.from(taps.ceil, (i) => placeOf.get(i)!) };
}

/**
 * The 224×224×3 input (RGB, 0–255, not yet divided by 255: nsfwjs does that) from `grid`, the
 * pixels at the needed rows × needed columns (`gridWidth` = number of needed columns), `channels`
 * numbers per pixel (4: RGBA from a canvas, 3: RGB from the YUV planes), red first.
 */
export function bilinearInput(grid: ArrayLike<number>, gridWidth: number, rows: Taps, cols: Taps, outSize = MODEL_SIZE, channels = 4): Float32Array {
  const rowPlace = placesOf(rows);
  const colPlace = placesOf(cols);
  const out = new Float32Array(outSize * outSize * 3);
  let o = 0;
  for (let r = 0; r < outSize; r++) {
    const top = rowPlace.floor[r]! * gridWidth;
    const bottom = rowPlace.ceil[r]! * gridWidth;
    const rowFrac = rows.frac[r]!;
    for (let c = 0; c < outSize; c++) {
      const left = colPlace.floor[c]!;
      const right = colPlace.ceil[c]!;
      const colFrac = cols.frac[c]!;
      for (let d = 0; d < 3; d++) {
        const topLeft = grid[(top + left) * channels + d]!;
        const topRight = grid[(top + right) * channels + d]!;
        const bottomLeft = grid[(bottom + left) * channels + d]!;
        const bottomRight = grid[(bottom + right) * channels + d]!;
        const upper = topLeft + (topRight - topLeft) * colFrac;
        const lower = bottomLeft + (bottomRight - bottomLeft) * colFrac;
        out[o++] = upper + (lower - upper) * rowFrac;
      }
    }
  }
  return out;
}
