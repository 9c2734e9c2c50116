/**
 * MobileNetV2 as nsfwjs ships it is a Keras layers model in which every convolution is followed
 * by its own BatchNormalization layer (52 of them), and every stride-2 convolution by an
 * explicit ZeroPadding2D layer (5). TF.js runs each as a separate pass over the feature maps;
 * on the WebAssembly backend that is about a third of the model's time. At inference a batch
 * normalisation is a fixed per-channel scale and shift, so it is folded into the convolution
 * before it (kernel × scale, bias = beta − mean × scale: the standard inference-time fold, as
 * TensorFlow's own graph optimiser does), and ZeroPadding2D of [[0, 1], [0, 1]] before a 3×3
 * stride-2 "valid" convolution on an even-sized map is exactly TensorFlow's "same" padding.
 * Same model, same scores up to float rounding (scripts/photo-parity.mjs compares against
 * nsfwjs's own pipeline on the model as shipped). Done in memory when the model loads: the
 * shipped files stay nsfwjs's quantised weights (2.6 MB; folded float32 weights would be 9 MB).
 */
import { tidy, zerosLike, type Tensor } from '@tensorflow/tfjs';
import { configOf, inputsOf, type Layer, type Topology } from './keras-topology';

const CONVOLUTIONS = new Set(['Conv2D', 'DepthwiseConv2D']);

/** The layers model's topology and weights with batch norms and paddings folded in; throws on a shape it does not expect. */
export function foldModel(modelTopology: unknown, weights: Record<string, Tensor>): { modelTopology: unknown; weights: Record<string, Tensor> } {
  const topology = structuredClone(modelTopology) as Topology;
  const config = configOf(topology);
  const byName = new Map(config.layers.map((layer) => [layer.name, layer]));
  const consumers = new Map<string, Layer[]>();
  for (const layer of config.layers) for (const input of inputsOf(layer)) consumers.set(input, [...(consumers.get(input) ?? []), layer]);
  const sizes = spatialSizes(config.layers);
  const renamed = new Map<string, string>(); // removed layer → the layer that now gives its output
  const out: Record<string, Tensor> = { ...weights };

  for (const layer of config.layers) {
    const [input] = inputsOf(layer);
    const source = input === undefined ? undefined : byName.get(input);
    if (layer.class_name === 'BatchNormalization' && source && CONVOLUTIONS.has(source.class_name) && consumers.get(source.name)?.length === 1) {
      const c = source.config;
      const b = layer.config;
      if (c.activation !== 'linear' || b.center !== true || b.scale !== true || ![-1, 3].includes(b.axis as number)) continue;
      const epsilon = b.epsilon as number;
      const [gamma, beta, mean, variance] = ['gamma', 'beta', 'moving_mean', 'moving_variance'].map((w) => weights[`${layer.name}/${w}`]!);
      const kernelName = source.class_name === 'Conv2D' ? `${source.name}/kernel` : `${source.name}/depthwise_kernel`;
      const kernel = weights[kernelName]!;
      const fused = tidy(() => {
        const oldBias = c.use_bias ? weights[`${source.name}/bias`]! : zerosLike(beta!);
        const scale = gamma!.div(variance!.add(epsilon).sqrt());
        // Conv2D kernel [h, w, in, out]: scale each output channel; depthwise [h, w, in, 1]: each input channel.
        const shaped = source.class_name === 'Conv2D' ? scale : scale.reshape([1, 1, -1, 1]);
        return { kernel: kernel.mul(shaped), bias: oldBias.sub(mean!).mul(scale).add(beta!) };
      });
      out[kernelName] = fused.kernel;
      out[`${source.name}/bias`] = fused.bias;
      for (const w of ['gamma', 'beta', 'moving_mean', 'moving_variance']) delete out[`${layer.name}/${w}`];
      c.use_bias = true;
      c.bias_initializer = { class_name: 'Zeros', config: {} };
      renamed.set(layer.name, source.name);
    }
    if (layer.class_name === 'ZeroPadding2D' && JSON.stringify(layer.config.padding) === '[[0,1],[0,1]]') {
      const next = consumers.get(layer.name);
      const conv = next?.length === 1 ? next[0]! : null;
      const evenInput = input !== undefined && (sizes.get(input) ?? 1) % 2 === 0;
      if (conv && CONVOLUTIONS.has(conv.class_name) && conv.config.padding === 'valid' && JSON.stringify(conv.config.strides) === '[2,2]' && JSON.stringify(conv.config.kernel_size) === '[3,3]' && evenInput) {
        conv.config.padding = 'same';
        renamed.set(layer.name, input!);
      }
    }
  }
  const resolve = (name: string): string => (renamed.has(name) ? resolve(renamed.get(name)!) : name);
  config.layers = config.layers.filter((layer) => !renamed.has(layer.name));
  for (const layer of config.layers) for (const node of layer.inbound_nodes) for (const edge of node) edge[0] = resolve(edge[0]);
  for (const edge of config.output_layers) edge[0] = resolve(edge[0]);
  return { modelTopology: topology, weights: out };
}

/** Each layer's output height (square maps), from the input size through paddings, convolutions and poolings. */
function spatialSizes(layers: Layer[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const layer of layers) {
    const c = layer.config;
    let size = sizes.get(inputsOf(layer)[0] ?? '') ?? NaN;
    if (layer.class_name === 'InputLayer') size = (c.batch_input_shape as number[])[1]!;
    else if (layer.class_name === 'ZeroPadding2D') size += (c.padding as number[][])[0]!.reduce((a, b) => a + b, 0);
    else if ('strides' in c) {
      const stride = (c.strides as number[])[0]!;
      const kernel = ((c.kernel_size ?? c.pool_size) as number[])[0]!;
      size = c.padding === 'same' ? Math.ceil(size / stride) : Math.floor((size - kernel) / stride) + 1;
    }
    sizes.set(layer.name, size);
  }
  return sizes;
}
