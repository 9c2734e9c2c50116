/**
 * The parts of a Keras functional model's topology (model.json's `modelTopology`) that fold.ts
 * and net.ts read: layers, their configs and the edges between them.
 */
export interface Layer {
  class_name: string;
  name: string;
  config: Record<string, unknown>;
  inbound_nodes: [string, number, number, Record<string, unknown>][][];
}

export interface ModelConfig {
  config: { layers: Layer[]; input_layers: [string, number, number][]; output_layers: [string, number, number][] };
}

/** Keras's files wrap the model's config in `model_config`; TF.js saves it bare. */
export type Topology = { model_config: ModelConfig } | ModelConfig;

export const configOf = (topology: Topology): ModelConfig['config'] => ('model_config' in topology ? topology.model_config : topology).config;

/** The names of the layers whose outputs a layer reads. */
export const inputsOf = (layer: Layer): string[] => layer.inbound_nodes.flatMap((node) => node.map((edge) => edge[0]));
