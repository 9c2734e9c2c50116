/**
 * Build-time only: the photo check's model and WebAssembly files, copied into the extension
 * from the installed packages (nothing is fetched, nothing is committed).
 *
 * - `photo-check/model/model.json` + `group1-shard1of1.bin`: nsfwjs 4.4.0's MobileNetV2 model.
 *   The package ships it only as two browserify bundles holding the model JSON and the weights
 *   as base64 (`dist/models/mobilenet_v2/*.min.js`, 3.6 MB); the extension ships the same
 *   bytes as the plain TF.js layers-model files (2.6 MB), which TF.js loads from the
 *   extension's own origin. The bundles are evaluated in an empty VM context: they only build
 *   an object (module.exports) and touch nothing else.
 * - `photo-check/wasm/*.wasm`: @tensorflow/tfjs-backend-wasm's binaries (plain and SIMD), the
 *   fallback when WebGL is not available. The threaded build is left out: it needs a
 *   cross-origin-isolated page.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

const root = join(import.meta.dirname, '..');
/** A package's folder (nsfwjs's exports map hides its package.json, so its main file is resolved). */
const packageDir = (name: string, main: string): string => {
  const path = createRequire(join(root, 'package.json')).resolve(name);
  return path.slice(0, path.lastIndexOf(main));
};

export const MODEL_DIR = 'photo-check/model/';
export const WASM_DIR = 'photo-check/wasm/';
const SHARD = 'group1-shard1of1';
const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'];

/** What a browserify standalone bundle exports, run with nothing but `module`/`exports` in scope. */
function exportsOf(path: string): unknown {
  const module = { exports: {} as unknown };
  runInNewContext(readFileSync(path, 'utf8'), { module, exports: module.exports }, { filename: path, timeout: 10_000 });
  return module.exports;
}

interface ModelJson {
  weightsManifest: { paths: string[] }[];
  [key: string]: unknown;
}

/** model.json and the weights, as TF.js's own layers-model format. */
export function nsfwModelFiles(): { json: string; weights: Buffer } {
  const dir = join(packageDir('nsfwjs', join('dist', 'cjs')), 'dist', 'models', 'mobilenet_v2');
  const json = exportsOf(join(dir, 'model.min.js')) as ModelJson;
  const base64 = exportsOf(join(dir, `${SHARD}.min.js`));
  if (typeof base64 !== 'string' || !Array.isArray(json.weightsManifest)) throw new Error('nsfwjs model bundles: unexpected shape');
  const paths = json.weightsManifest.flatMap((group) => group.paths);
  if (paths.length !== 1 || paths[0] !== SHARD) throw new Error(`nsfwjs model: expected one weights file, got ${paths.join(', ')}`);
  json.weightsManifest = json.weightsManifest.map((group) => ({ ...group, paths: [`${SHARD}.bin`] }));
  return { json: JSON.stringify(json), weights: Buffer.from(base64, 'base64') };
}

/** The files, as WXT's `build:publicAssets` hook takes them (binaries copied from a cache folder). */
export function photoCheckAssets(): ({ relativeDest: string; contents: string } | { relativeDest: string; absoluteSrc: string })[] {
  const { json, weights } = nsfwModelFiles();
  const cache = join(root, 'node_modules', '.cache', 'safe-nudge-photo-check');
  mkdirSync(cache, { recursive: true });
  const bin = join(cache, `${SHARD}.bin`);
  writeFileSync(bin, weights);
  const wasmDir = join(packageDir('@tensorflow/tfjs-backend-wasm', join('dist', 'tf-backend-wasm')), 'dist');
  return [
    { relativeDest: `${MODEL_DIR}model.json`, contents: json },
    { relativeDest: `${MODEL_DIR}${SHARD}.bin`, absoluteSrc: bin },
    ...WASM_FILES.map((name) => ({ relativeDest: `${WASM_DIR}${name}`, absoluteSrc: join(wasmDir, name) })),
  ];
}
