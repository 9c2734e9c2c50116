/**
 * Folding batch normalisations and paddings into the convolutions (photo-check/fold.ts) must
 * leave the model's answers unchanged: checked on a small model with the same kinds of layers
 * (and batch-norm statistics far from 0/1, so a wrong fold shows) and on nsfwjs's MobileNetV2
 * itself, TF.js CPU backend, against the model as shipped.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { foldModel } from '../../photo-check/fold';
import { artifactsOf, randomizeWeights, seededUniform as random, shippedNsfwArtifacts, type Artifacts } from './helpers/model-artifacts';

beforeAll(async () => {
  await tf.setBackend('cpu');
});


async function folded(artifacts: Artifacts): Promise<{ model: tf.LayersModel; classes: string[] }> {
  const weights = tf.io.decodeWeights(artifacts.weightData, artifacts.weightSpecs);
  const result = foldModel(artifacts.modelTopology, weights);
  const encoded = await tf.io.encodeWeights(result.weights);
  const model = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: result.modelTopology as object, weightSpecs: encoded.specs, weightData: encoded.data }));
  return { model, classes: model.layers.map((layer) => layer.getClassName()) };
}


/** Input → pad → 3×3/2 conv → BN → ReLU6 → depthwise → BN → ReLU6 → 1×1 conv (bias) → BN → add → pool → softmax. */
function smallModel(): tf.LayersModel {
  const input = tf.input({ shape: [16, 16, 3] });
  const padded = tf.layers.zeroPadding2d({ padding: [[0, 1], [0, 1]] }).apply(input) as tf.SymbolicTensor;
  const conv = tf.layers.conv2d({ filters: 8, kernelSize: 3, strides: 2, padding: 'valid', useBias: false }).apply(padded) as tf.SymbolicTensor;
  const bn1 = tf.layers.batchNormalization({ epsilon: 0.001 }).apply(conv) as tf.SymbolicTensor;
  const relu1 = tf.layers.reLU({ maxValue: 6 }).apply(bn1) as tf.SymbolicTensor;
  const depthwise = tf.layers.depthwiseConv2d({ kernelSize: 3, padding: 'same', useBias: false }).apply(relu1) as tf.SymbolicTensor;
  const bn2 = tf.layers.batchNormalization({ epsilon: 0.001 }).apply(depthwise) as tf.SymbolicTensor;
  const relu2 = tf.layers.reLU({ maxValue: 6 }).apply(bn2) as tf.SymbolicTensor;
  const project = tf.layers.conv2d({ filters: 8, kernelSize: 1, useBias: true }).apply(relu2) as tf.SymbolicTensor;
  const bn3 = tf.layers.batchNormalization({ epsilon: 0.001 }).apply(project) as tf.SymbolicTensor;
  const sum = tf.layers.add().apply([bn3, relu1]) as tf.SymbolicTensor;
  const pooled = tf.layers.globalAveragePooling2d({}).apply(sum) as tf.SymbolicTensor;
  const output = tf.layers.dense({ units: 5, activation: 'softmax' }).apply(pooled) as tf.SymbolicTensor;
  const model = tf.model({ inputs: input, outputs: output });
  randomizeWeights(model);
  return model;
}

describe('folding batch norms and paddings into convolutions', () => {
  it('a small model: no BatchNormalization or ZeroPadding2D left, the same answers', async () => {
    const original = smallModel();
    const { model, classes } = await folded(await artifactsOf(original));
    expect(classes.filter((c) => c === 'BatchNormalization' || c === 'ZeroPadding2D')).toEqual([]);
    expect(original.layers.length - model.layers.length).toBe(4);
    const x = random([4, 16, 16, 3], 42, 0, 1);
    const want = (original.predict(x) as tf.Tensor).arraySync() as number[][];
    const got = (model.predict(x) as tf.Tensor).arraySync() as number[][];
    for (let i = 0; i < want.length; i++) for (let j = 0; j < 5; j++) expect(Math.abs(got[i]![j]! - want[i]![j]!)).toBeLessThan(1e-5);
  });

  it('a padding before anything but a stride-2 3×3 valid convolution is kept', async () => {
    const input = tf.input({ shape: [8, 8, 2] });
    const padded = tf.layers.zeroPadding2d({ padding: [[0, 1], [0, 1]] }).apply(input) as tf.SymbolicTensor;
    const conv = tf.layers.conv2d({ filters: 2, kernelSize: 3, strides: 1, padding: 'valid' }).apply(padded) as tf.SymbolicTensor;
    const { classes } = await folded(await artifactsOf(tf.model({ inputs: input, outputs: conv })));
    expect(classes).toContain('ZeroPadding2D');
  });

  it("nsfwjs's MobileNetV2: 57 layers fewer, the same five scores (within 1e-5)", async () => {
    const artifacts = shippedNsfwArtifacts();
    const original = await tf.loadLayersModel(tf.io.fromMemory({ ...artifacts, modelTopology: artifacts.modelTopology as object }));
    const { model } = await folded(artifacts);
    expect(original.layers.length - model.layers.length).toBe(57); // 52 batch norms, 5 paddings
    const x = random([1, 224, 224, 3], 9, 0, 1);
    const want = (original.predict(x) as tf.Tensor).arraySync() as number[][];
    const got = (model.predict(x) as tf.Tensor).arraySync() as number[][];
    for (let j = 0; j < 5; j++) expect(Math.abs(got[0]![j]! - want[0]![j]!)).toBeLessThan(1e-5);
  }, 60_000);
});
