/**
 * nsfwjs 4.4.0 with its MobileNetV2 model, on TensorFlow.js 4.22, in the checker page only.
 * The model files are the extension's own (build/photo-check-assets.ts); TF.js reads them from
 * the extension's origin, and the extension pages' CSP (`connect-src 'self'`) lets nothing
 * else be fetched. Backend: WebGL on a real GPU; WebAssembly (SIMD when the CPU has it) when
 * WebGL is missing or only a software rasteriser (SwiftShader, llvmpipe), which is slower
 * than WebAssembly for this model; TF.js's plain CPU backend as the last resort.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { load, type NSFWJS } from 'nsfwjs/core';
import type { ClassScores } from '../vocabulary/photo-check';
import { foldModel } from './fold';
import { checkWeights, MODEL_CLASSES, planOf, runPlan } from './net';
import { MODEL_SIZE } from './sample';

export const MODEL_PATH = 'photo-check/model/';
export const WASM_PATH = 'photo-check/wasm/';
/** Runs on zeros when the model loads (see plannedModel). */
const WARM_RUNS = 3;

/** A WebGL that is really the CPU drawing (no GPU): WebAssembly runs this model faster. */
function softwareWebGL(): boolean {
  try {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2') ?? new OffscreenCanvas(1, 1).getContext('webgl');
    if (!gl) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|software|softpipe/i.test(renderer);
  } catch {
    return true;
  }
}

async function chooseBackend(extensionUrl: (path: string) => string): Promise<string> {
  if (!softwareWebGL() && (await tf.setBackend('webgl').catch(() => false))) return 'webgl';
  setWasmPaths(extensionUrl(WASM_PATH));
  // Extension pages can post a SharedArrayBuffer, so TF.js would pick its threaded build, which
  // starts workers from blob: URLs (refused by the extension's CSP) and is not shipped.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  if (await tf.setBackend('wasm').catch(() => false)) return 'wasm';
  await tf.setBackend('cpu');
  return 'cpu';
}

export interface LoadedModel {
  /** The TF.js backend, and which runner: the fused plan (net.ts) or nsfwjs's layers model. */
  backend: string;
  classify(input: Float32Array): Promise<ClassScores>;
  dispose(): void;
}

/**
 * The shipped model with its batch normalisations and paddings folded into the convolutions
 * (fold.ts) and run as fused ops (net.ts): the same scores, about 40 % (the fold) and then a
 * further quarter to a third (the fused ops) less model time on WebAssembly
 * (docs/performance.md). Null if the files are not
 * what fold.ts and net.ts expect; the caller then runs the model as shipped with nsfwjs.
 */
async function plannedModel(url: string, backend: string): Promise<LoadedModel | null> {
  const artifacts = await tf.io.http(`${url}model.json`).load?.();
  if (!artifacts?.weightData || !artifacts.weightSpecs) return null;
  const weights = tf.io.decodeWeights(artifacts.weightData, artifacts.weightSpecs);
  let folded: Record<string, tf.Tensor> = {};
  try {
    const result = foldModel(artifacts.modelTopology, weights);
    folded = result.weights;
    const plan = planOf(result.modelTopology);
    checkWeights(plan, folded);
    const run = async (input: Float32Array): Promise<Float32Array> => {
      const pixels = tf.tensor4d(input, [1, MODEL_SIZE, MODEL_SIZE, 3], 'float32');
      const output = runPlan(plan, folded, pixels);
      try {
        return (await output.data()) as Float32Array;
      } finally {
        pixels.dispose();
        output.dispose();
      }
    };
    // Runs on zeros, as nsfwjs's load() does one, so the first real checks are warm ones. Three:
    // the browser swaps in optimised WebAssembly in the background while the first runs go.
    // Measured in Chromium 150 (photo-bench, 6 rounds of 60 checks a side): after one run the
    // model's first ten checks took 38.4 ms at the median and 50.7 at the 90th percentile, after
    // three 35.5 and 42.1; its p95 over all checks 48.1 → 41.4 (docs/performance.md). The extra
    // runs (≈ 70 ms) happen while the picker is open or the reminder is on screen.
    const zeros = new Float32Array(MODEL_SIZE * MODEL_SIZE * 3);
    const probe = await run(zeros);
    for (let i = 1; i < WARM_RUNS; i++) await run(zeros);
    if (probe.length !== MODEL_CLASSES.length) throw new Error(`${probe.length} outputs`);
    const kept = folded;
    return {
      backend: `${backend}, fused plan`,
      async classify(input) {
        const values = await run(input);
        return Object.fromEntries(MODEL_CLASSES.map((name, i) => [name, values[i]!])) as unknown as ClassScores;
      },
      dispose() {
        tf.dispose(Object.values(kept));
      },
    };
  } catch {
    tf.dispose(Object.values(folded));
    return null;
  } finally {
    // The fold makes new tensors for what it changes and passes the rest on: free only the originals it replaced.
    tf.dispose(Object.entries(weights).filter(([name, tensor]) => folded[name] !== tensor).map(([, tensor]) => tensor));
  }
}

/** nsfwjs's own loader and classify, on the model as shipped: used only when the plan cannot be made. */
async function nsfwjsModel(url: string, backend: string): Promise<LoadedModel> {
  // load() also runs the model once on zeros, so the first real check is a warm one.
  const net: NSFWJS = await load(url, { size: MODEL_SIZE });
  return {
    backend: `${backend}, nsfwjs layers`,
    async classify(input) {
      const image = tf.tensor3d(input, [MODEL_SIZE, MODEL_SIZE, 3], 'float32');
      try {
        const top = await net.classify(image, 5);
        const scores = { Drawing: 0, Hentai: 0, Neutral: 0, Porn: 0, Sexy: 0 };
        for (const { className, probability } of top) scores[className as keyof ClassScores] = probability;
        return scores;
      } finally {
        image.dispose();
      }
    },
    dispose() {
      net.dispose();
      tf.disposeVariables();
    },
  };
}

export async function loadModel(extensionUrl: (path: string) => string): Promise<LoadedModel> {
  const backend = await chooseBackend(extensionUrl);
  const url = extensionUrl(MODEL_PATH);
  return (await plannedModel(url, backend).catch(() => null)) ?? nsfwjsModel(url, backend);
}
