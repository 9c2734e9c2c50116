/**
 * The folded MobileNetV2 (fold.ts) run as a short list of TF.js fused ops instead of as a Keras
 * layers model. TF.js's layers run each ReLU(max 6) as two passes over the feature map (relu,
 * then clipByValue: tfjs-layers advanced_activations.js), a depthwise convolution's bias as a
 * third (biasAdd), and never pass relu6 to the fused kernels (generic_utils.js
 * mapActivationToFusedKernel knows only relu, linear and elu). Here each convolution, its bias
 * and its ReLU6 are one fused op (XNNPACK clamps the output on the WebAssembly backend): 87
 * passes fewer, the same arithmetic. Measured in docs/performance.md; the scores match
 * nsfwjs's own layers model (tests/unit/photo-net.test.ts).
 *
 * `planOf` is pure and throws on any layer or setting it does not know, so the caller can fall
 * back to nsfwjs's own loader; `runPlan` only calls TF.js.
 */
import { add, avgPool, div, fused, reshape, softmax, tidy, type Tensor, type Tensor4D } from '@tensorflow/tfjs';
import { configOf, inputsOf, type Layer, type Topology } from './keras-topology';

/** nsfwjs's class order (nsfwjs 4.4.0, dist/esm/nsfw_classes.js): the model's outputs, in this order. */
export const MODEL_CLASSES = ['Drawing', 'Hentai', 'Neutral', 'Porn', 'Sexy'] as const;

/** nsfwjs divides the pixels by this before the model (core.js: `normalizationOffset`). */
const NORMALIZATION = 255;

type Activation = 'linear' | 'relu' | 'relu6';
type Pair = [number, number];

export type Step =
  | { op: 'input'; name: string }
  | { op: 'conv' | 'depthwise'; name: string; input: string; kernel: string; bias?: string; strides: Pair; padding: 'same' | 'valid'; dilations: Pair; activation: Activation }
  | { op: 'add'; name: string; inputs: [string, string] }
  | { op: 'avgPool'; name: string; input: string; size: Pair; strides: Pair; padding: 'same' | 'valid' }
  | { op: 'flatten'; name: string; input: string }
  | { op: 'dense'; name: string; input: string; kernel: string; bias?: string; activation: 'linear' | 'relu' | 'softmax' };

export interface Plan {
  steps: Step[];
  output: string;
}

function unexpected(layer: Layer, why: string): never {
  throw new Error(`${layer.class_name} ${layer.name}: ${why}`);
}

function pair(layer: Layer, key: string): Pair {
  const value = layer.config[key];
  if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => Number.isInteger(n) && n > 0)) unexpected(layer, `${key} ${JSON.stringify(value)}`);
  return [value[0], value[1]];
}

function padding(layer: Layer): 'same' | 'valid' {
  const value = layer.config.padding;
  return value === 'same' || value === 'valid' ? value : unexpected(layer, `padding ${JSON.stringify(value)}`);
}

function channelsLast(layer: Layer): void {
  const format = layer.config.data_format;
  if (format !== undefined && format !== 'channels_last') unexpected(layer, `data_format ${String(format)}`);
}

function oneInput(layer: Layer): string {
  const inputs = inputsOf(layer);
  return inputs.length === 1 ? inputs[0]! : unexpected(layer, `${inputs.length} inputs`);
}

/** A ReLU layer that is exactly relu6: max 6, no slope, no threshold. */
function isRelu6(layer: Layer): boolean {
  const c = layer.config;
  return layer.class_name === 'ReLU' && c.max_value === 6 && !c.negative_slope && !c.threshold;
}

/** The steps of a folded Keras functional model (fold.ts's output); throws on anything else. */
export function planOf(modelTopology: unknown): Plan {
  const config = configOf(modelTopology as Topology);
  if (config.input_layers?.length !== 1 || config.output_layers?.length !== 1) throw new Error('one input and one output expected');
  const layers = config.layers;
  const consumers = new Map<string, number>();
  for (const layer of layers) for (const input of inputsOf(layer)) consumers.set(input, (consumers.get(input) ?? 0) + 1);
  const byName = new Map(layers.map((layer) => [layer.name, layer]));
  const same = new Map<string, string>(); // a layer that passes its input on unchanged → that input
  const fusedRelu6 = new Set<string>(); // convolutions whose only consumer is a relu6
  for (const layer of layers) {
    if (layer.class_name === 'Dropout') same.set(layer.name, oneInput(layer)); // inference: identity
    if (!isRelu6(layer)) continue;
    const source = byName.get(oneInput(layer));
    if (source && (source.class_name === 'Conv2D' || source.class_name === 'DepthwiseConv2D') && source.config.activation === 'linear' && consumers.get(source.name) === 1) {
      fusedRelu6.add(source.name);
      same.set(layer.name, source.name);
    }
  }
  const resolve = (name: string): string => (same.has(name) ? resolve(same.get(name)!) : name);

  const steps: Step[] = [];
  for (const layer of layers) {
    if (same.has(layer.name)) continue;
    const c = layer.config;
    const input = () => resolve(oneInput(layer));
    switch (layer.class_name) {
      case 'InputLayer':
        steps.push({ op: 'input', name: layer.name });
        break;
      case 'Conv2D':
      case 'DepthwiseConv2D': {
        channelsLast(layer);
        const depthwise = layer.class_name === 'DepthwiseConv2D';
        if (depthwise && c.depth_multiplier !== 1) unexpected(layer, `depth_multiplier ${String(c.depth_multiplier)}`);
        if (c.activation !== 'linear' && c.activation !== 'relu') unexpected(layer, `activation ${String(c.activation)}`);
        steps.push({
          op: depthwise ? 'depthwise' : 'conv',
          name: layer.name,
          input: input(),
          kernel: `${layer.name}/${depthwise ? 'depthwise_kernel' : 'kernel'}`,
          bias: c.use_bias ? `${layer.name}/bias` : undefined,
          strides: pair(layer, 'strides'),
          padding: padding(layer),
          dilations: pair(layer, 'dilation_rate'),
          activation: fusedRelu6.has(layer.name) ? 'relu6' : (c.activation as Activation),
        });
        break;
      }
      case 'ReLU': // fused above, or not a relu6 after a convolution's only output
        unexpected(layer, 'a ReLU that cannot be fused');
      case 'Add': {
        const inputs = inputsOf(layer).map(resolve);
        if (inputs.length !== 2) unexpected(layer, `${inputs.length} inputs`);
        steps.push({ op: 'add', name: layer.name, inputs: [inputs[0]!, inputs[1]!] });
        break;
      }
      case 'AveragePooling2D':
        channelsLast(layer);
        steps.push({ op: 'avgPool', name: layer.name, input: input(), size: pair(layer, 'pool_size'), strides: pair(layer, 'strides'), padding: padding(layer) });
        break;
      case 'Flatten':
        channelsLast(layer);
        steps.push({ op: 'flatten', name: layer.name, input: input() });
        break;
      case 'Dense': {
        const activation = c.activation;
        if (activation !== 'linear' && activation !== 'relu' && activation !== 'softmax') unexpected(layer, `activation ${String(activation)}`);
        steps.push({ op: 'dense', name: layer.name, input: input(), kernel: `${layer.name}/kernel`, bias: c.use_bias ? `${layer.name}/bias` : undefined, activation });
        break;
      }
      default:
        unexpected(layer, 'not a layer this plan runs');
    }
  }
  if (steps[0]?.op !== 'input' || steps[0].name !== config.input_layers[0]![0]) throw new Error('the input layer must come first');
  return { steps, output: resolve(config.output_layers[0]![0]) };
}

/** The weights a plan reads; throws when one is missing, before anything runs. */
export function checkWeights(plan: Plan, weights: Record<string, Tensor>): void {
  for (const step of plan.steps) {
    if (step.op !== 'conv' && step.op !== 'depthwise' && step.op !== 'dense') continue;
    for (const name of [step.kernel, step.bias]) if (name !== undefined && !weights[name]) throw new Error(`weight ${name} missing`);
  }
}

/**
 * The model's output for `pixels` ([batch, h, w, 3], 0–255, already resized as nsfwjs resizes):
 * divided by 255 as nsfwjs does, then the plan's steps. The caller disposes the result.
 */
export function runPlan(plan: Plan, weights: Record<string, Tensor>, pixels: Tensor4D): Tensor {
  return tidy(() => {
    const values = new Map<string, Tensor>();
    const get = (name: string) => values.get(name) ?? unexpectedValue(name);
    for (const step of plan.steps) {
      let out: Tensor;
      switch (step.op) {
        case 'input':
          out = div(pixels, NORMALIZATION);
          break;
        case 'conv':
        case 'depthwise': {
          const args = {
            x: get(step.input) as Tensor4D,
            filter: weights[step.kernel] as Tensor4D,
            bias: step.bias === undefined ? undefined : weights[step.bias],
            strides: step.strides,
            pad: step.padding,
            dilations: step.dilations,
            activation: step.activation,
          };
          out = step.op === 'conv' ? fused.conv2d(args) : fused.depthwiseConv2d(args);
          break;
        }
        case 'add':
          out = add(get(step.inputs[0]), get(step.inputs[1]));
          break;
        case 'avgPool':
          out = avgPool(get(step.input) as Tensor4D, step.size, step.strides, step.padding);
          break;
        case 'flatten': {
          const x = get(step.input);
          out = reshape(x, [x.shape[0]!, -1]);
          break;
        }
        case 'dense': {
          const product = fused.matMul({ a: get(step.input) as Tensor, b: weights[step.kernel]!, bias: step.bias === undefined ? undefined : weights[step.bias], activation: step.activation === 'relu' ? 'relu' : 'linear' });
          out = step.activation === 'softmax' ? softmax(product) : product;
          break;
        }
      }
      values.set(step.name, out);
    }
    return get(plan.output);
  });
}

function unexpectedValue(name: string): never {
  throw new Error(`no value for ${name}`);
}
