// A TF.js model's saved parts (topology, weight specs, weight bytes), for the photo model's
// tests: a small layers model saved in memory, or nsfwjs's MobileNetV2 as the extension ships it.
import * as tf from '@tensorflow/tfjs';
import { nsfwModelFiles } from '../../../build/photo-check-assets';

export interface Artifacts {
  modelTopology: unknown;
  weightSpecs: tf.io.WeightsManifestEntry[];
  weightData: ArrayBuffer;
}

export async function artifactsOf(model: tf.LayersModel): Promise<Artifacts> {
  let saved: Artifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (a) => {
    saved = { modelTopology: a.modelTopology, weightSpecs: a.weightSpecs!, weightData: a.weightData as ArrayBuffer };
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  return saved!;
}

/** nsfwjs's MobileNetV2 files as shipped (build/photo-check-assets.ts). */
export function shippedNsfwArtifacts(): Artifacts {
  const { json, weights } = nsfwModelFiles();
  const shipped = JSON.parse(json) as { modelTopology: unknown; weightsManifest: { weights: tf.io.WeightsManifestEntry[] }[] };
  return {
    modelTopology: shipped.modelTopology,
    weightSpecs: shipped.weightsManifest.flatMap((group) => group.weights),
    weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer,
  };
}

/** Uniform random numbers, the same for the same seed. */
export const seededUniform = (shape: number[], seed: number, low = -1, high = 1): tf.Tensor => tf.randomUniform(shape, low, high, 'float32', seed);

/** Random weights for every layer, batch-norm statistics far from their initial 0/1 so that a wrong fold shows. */
export function randomizeWeights(model: tf.LayersModel): void {
  let seed = 1;
  model.setWeights(model.weights.map((w) => (/moving_variance|gamma/.test(w.name) ? seededUniform(w.shape as number[], seed++, 0.2, 3) : seededUniform(w.shape as number[], seed++))));
}
