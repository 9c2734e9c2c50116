/**
 * The fused plan (photo-check/net.ts) must give the answers of the Keras layers model it
 * replaces: on a small model with the same kinds of layers (random weights, batch-norm
 * statistics far from 0/1) against TF.js's own layers model, and on nsfwjs's MobileNetV2
 * against nsfwjs's own `classify` on the model as shipped (TF.js CPU backend). Anything the
 * plan does not know must throw, so the checker page falls back to nsfwjs's loader.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { load } from 'nsfwjs/core';
import { foldModel } from '../../photo-check/fold';
import { checkWeights, MODEL_CLASSES, planOf, runPlan, type Plan } from '../../photo-check/net';
import { artifactsOf, randomizeWeights, seededUniform as random, shippedNsfwArtifacts, type Artifacts } from './helpers/model-artifacts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});


function planned(artifacts: Artifacts): { plan: Plan; weights: Record<string, tf.Tensor> } {
  const folded = foldModel(artifacts.modelTopology, tf.io.decodeWeights(artifacts.weightData, artifacts.weightSpecs));
  const plan = planOf(folded.modelTopology);
  checkWeights(plan, folded.weights);
  return { plan, weights: folded.weights };
}


/** Pad → 3×3/2 conv → BN → ReLU6 → depthwise → BN → ReLU6 → 1×1 conv → BN → add → avg pool → flatten → dense relu → dropout → dense softmax. */
function smallModel(): tf.LayersModel {
  const input = tf.input({ shape: [16, 16, 3] });
  const padded = tf.layers.zeroPadding2d({ padding: [[0, 1], [0, 1]] }).apply(input) as tf.SymbolicTensor;
  const conv = tf.layers.conv2d({ filters: 8, kernelSize: 3, strides: 2, padding: 'valid', useBias: false }).apply(padded) as tf.SymbolicTensor;
  const relu1 = tf.layers.reLU({ maxValue: 6 }).apply(tf.layers.batchNormalization({ epsilon: 0.001 }).apply(conv)) as tf.SymbolicTensor;
  const depthwise = tf.layers.depthwiseConv2d({ kernelSize: 3, padding: 'same', useBias: false }).apply(relu1) as tf.SymbolicTensor;
  const relu2 = tf.layers.reLU({ maxValue: 6 }).apply(tf.layers.batchNormalization({ epsilon: 0.001 }).apply(depthwise)) as tf.SymbolicTensor;
  const project = tf.layers.conv2d({ filters: 8, kernelSize: 1, useBias: true }).apply(relu2) as tf.SymbolicTensor;
  const bn3 = tf.layers.batchNormalization({ epsilon: 0.001 }).apply(project) as tf.SymbolicTensor;
  const sum = tf.layers.add().apply([bn3, relu1]) as tf.SymbolicTensor;
  const pooled = tf.layers.averagePooling2d({ poolSize: 8, strides: 8 }).apply(sum) as tf.SymbolicTensor;
  const flat = tf.layers.flatten().apply(pooled) as tf.SymbolicTensor;
  const hidden = tf.layers.dense({ units: 6, activation: 'relu' }).apply(flat) as tf.SymbolicTensor;
  const dropped = tf.layers.dropout({ rate: 0.5 }).apply(hidden) as tf.SymbolicTensor;
  const output = tf.layers.dense({ units: 5, activation: 'softmax' }).apply(dropped) as tf.SymbolicTensor;
  const model = tf.model({ inputs: input, outputs: output });
  randomizeWeights(model);
  return model;
}

describe('the fused plan', () => {
  it('a small model: the layers model\'s answers (within 1e-5), each ReLU6 fused into its convolution', async () => {
    const model = smallModel();
    const { plan, weights } = planned(await artifactsOf(model));
    expect(plan.steps.map((s) => s.op)).toEqual(['input', 'conv', 'depthwise', 'conv', 'add', 'avgPool', 'flatten', 'dense', 'dense']);
    expect(plan.steps.filter((s) => 'activation' in s).map((s) => (s as { activation: string }).activation)).toEqual(['relu6', 'relu6', 'linear', 'relu', 'softmax']);
    const pixels = random([3, 16, 16, 3], 7, 0, 255) as tf.Tensor4D;
    // The plan divides by 255 as nsfwjs does before its model; the layers model gets the divided input.
    const want = (model.predict(pixels.div(255)) as tf.Tensor).arraySync() as number[][];
    const got = runPlan(plan, weights, pixels).arraySync() as number[][];
    for (let i = 0; i < want.length; i++) for (let j = 0; j < 5; j++) expect(Math.abs(got[i]![j]! - want[i]![j]!)).toBeLessThan(1e-5);
  });

  it("nsfwjs's MobileNetV2: 68 steps, 35 ReLU6 fused, nsfwjs's own classify's scores (within 1e-5) in its class order", async () => {
    const artifacts = shippedNsfwArtifacts();
    const { plan, weights } = planned(artifacts);
    expect(plan.steps).toHaveLength(68);
    expect(plan.steps.filter((s) => 'activation' in s && s.activation === 'relu6')).toHaveLength(35);
    const reference = await load(tf.io.fromMemory({ ...artifacts, modelTopology: artifacts.modelTopology as object }) as unknown as string, { size: 224 });
    for (const seed of [3, 11]) {
      const pixels = random([224, 224, 3], seed, 0, 255) as tf.Tensor3D;
      const want = Object.fromEntries((await reference.classify(pixels, 5)).map((c) => [c.className, c.probability]));
      const got = runPlan(plan, weights, pixels.expandDims(0) as tf.Tensor4D).dataSync();
      MODEL_CLASSES.forEach((name, i) => expect(Math.abs(got[i]! - want[name]!)).toBeLessThan(1e-5));
    }
    reference.dispose();
  }, 120_000);
});

describe('what the plan refuses (the checker page then uses nsfwjs as shipped)', () => {
  async function topologyOf(build: (input: tf.SymbolicTensor) => tf.SymbolicTensor): Promise<Artifacts> {
    const input = tf.input({ shape: [8, 8, 2] });
    return artifactsOf(tf.model({ inputs: input, outputs: build(input) }));
  }
  const conv = (x: tf.SymbolicTensor) => tf.layers.conv2d({ filters: 2, kernelSize: 1 }).apply(x) as tf.SymbolicTensor;

  it('a layer it does not know', async () => {
    const a = await topologyOf((x) => tf.layers.maxPooling2d({ poolSize: 2 }).apply(conv(x)) as tf.SymbolicTensor);
    expect(() => planOf(a.modelTopology)).toThrow(/MaxPooling2D/);
  });

  it('a ReLU that is not relu6, or whose convolution feeds something else too', async () => {
    const relu4 = await topologyOf((x) => tf.layers.reLU({ maxValue: 4 }).apply(conv(x)) as tf.SymbolicTensor);
    expect(() => planOf(relu4.modelTopology)).toThrow(/ReLU/);
    const shared = await topologyOf((x) => {
      const c = conv(x);
      return tf.layers.add().apply([tf.layers.reLU({ maxValue: 6 }).apply(c) as tf.SymbolicTensor, c]) as tf.SymbolicTensor;
    });
    expect(() => planOf(shared.modelTopology)).toThrow(/ReLU/);
  });

  it('a depth multiplier, an activation or a data format it does not run', async () => {
    const multiplier = await topologyOf((x) => tf.layers.depthwiseConv2d({ kernelSize: 3, depthMultiplier: 2 }).apply(x) as tf.SymbolicTensor);
    expect(() => planOf(multiplier.modelTopology)).toThrow(/depth_multiplier/);
    const tanh = await topologyOf((x) => tf.layers.conv2d({ filters: 2, kernelSize: 1, activation: 'tanh' }).apply(x) as tf.SymbolicTensor);
    expect(() => planOf(tanh.modelTopology)).toThrow(/activation tanh/);
    const first = await topologyOf((x) => tf.layers.conv2d({ filters: 2, kernelSize: 1, dataFormat: 'channelsFirst' }).apply(x) as tf.SymbolicTensor);
    expect(() => planOf(first.modelTopology)).toThrow(/data_format/);
  });

  it('a missing weight, before anything runs', async () => {
    const a = await topologyOf(conv);
    const plan = planOf(a.modelTopology);
    const weights = tf.io.decodeWeights(a.weightData, a.weightSpecs);
    const kernel = Object.keys(weights).find((name) => name.endsWith('/kernel'))!;
    delete weights[kernel];
    expect(() => checkWeights(plan, weights)).toThrow(/missing/);
  });
});
