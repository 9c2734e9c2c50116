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
import { MODEL_SIZE } from './sample';

export const MODEL_PATH = 'photo-check/model/';
export const WASM_PATH = 'photo-check/wasm/';

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

/**
 * The shipped model with its batch normalisations and paddings folded into the convolutions
 * (fold.ts: same scores, about 40 % less model time on WebAssembly); the model as shipped if
 * folding meets anything unexpected.
 */
async function foldedModel(url: string): Promise<tf.io.IOHandler | string> {
  const artifacts = await tf.io.http(`${url}model.json`).load?.();
  if (!artifacts?.weightData || !artifacts.weightSpecs) return url;
  const weights = tf.io.decodeWeights(artifacts.weightData, artifacts.weightSpecs);
  try {
    const folded = foldModel(artifacts.modelTopology, weights);
    const encoded = await tf.io.encodeWeights(folded.weights);
    tf.dispose(Object.values(folded.weights));
    return tf.io.fromMemory({ modelTopology: folded.modelTopology as object, weightSpecs: encoded.specs, weightData: encoded.data });
  } catch {
    return url;
  } finally {
    tf.dispose(Object.values(weights));
  }
}

export interface LoadedModel {
  backend: string;
  classify(input: Float32Array): Promise<ClassScores>;
  dispose(): void;
}

export async function loadModel(extensionUrl: (path: string) => string): Promise<LoadedModel> {
  const backend = await chooseBackend(extensionUrl);
  // load() also runs the model once on zeros, so the first real check is a warm one.
  // nsfwjs's types say a URL; its load() hands an IOHandler straight to tf.loadLayersModel (core.js).
  const net: NSFWJS = await load((await foldedModel(extensionUrl(MODEL_PATH))) as string, { size: MODEL_SIZE });
  return {
    backend,
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
