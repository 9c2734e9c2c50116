/**
 * Build-time only: lets TF.js's threaded WebAssembly build start in the checker page, whose
 * policy (the extension pages' CSP, `script-src 'self'`) refuses scripts and workers from
 * `blob:` URLs — and Chrome's Manifest V3 allows nothing else there.
 *
 * TF.js 4.22 (`@tensorflow/tfjs-backend-wasm`, dist/backend_wasm.js `init`) gives Emscripten two
 * blob: URLs for its threads: the pthread worker (`locateFile('….worker.js')` returns an object
 * URL of the bundled worker text) and the main script each worker imports
 * (`mainScriptUrlOrBlob`, a Blob of the bundled factory). This plugin rewrites those two
 * statements to the same two texts shipped as the extension's own files next to the .wasm
 * files (`photo-check/wasm/`, from `photoThreadFiles()`, copied from the installed package),
 * so the worker and the script it imports are `chrome-extension://…/photo-check/wasm/…`:
 * same origin, allowed by `'self'`. Nothing else in TF.js changes, and the build fails if
 * TF.js's text is not the one expected (an upgrade must look at this again).
 *
 * Threads are used only where the checker page is cross-origin isolated (the manifest's
 * `cross_origin_embedder_policy` / `cross_origin_opener_policy`, Chrome); elsewhere
 * photo-check/model.ts keeps TF.js on its single-thread build (Firefox).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { Plugin } from 'vite';

export const THREADED_WASM = 'tfjs-backend-wasm-threaded-simd.wasm';
/** The pthread worker (Emscripten's `….worker.js`, as TF.js bundles it). */
export const THREAD_WORKER = 'tfjs-backend-wasm-threaded-simd.worker.js';
/** The script each worker imports: defines `WasmBackendModuleThreadedSimd`, as TF.js's Blob does. */
export const THREAD_MAIN_SCRIPT = 'tfjs-backend-wasm-threaded-simd.js';

const BACKEND_FILE = /[\\/]@tensorflow[\\/]tfjs-backend-wasm[\\/]dist[\\/]backend_wasm\.js(?:\?.*)?$/;
const FACTORY_FILE = /[\\/]@tensorflow[\\/]tfjs-backend-wasm[\\/]wasm-out[\\/]tfjs-backend-wasm-threaded-simd\.js(?:\?.*)?$/;

/**
 * TF.js's C++ takes half of `navigator.hardwareConcurrency` as its cores ("many x86-64
 * processors have 2 threads per core", tfjs-backend-wasm/src/cc/backend.cc) and never uses
 * more threads than that: one thread on a 2-core computer, whatever setThreadsCount asks. Its
 * Emscripten glue reports the logical processors twice over instead, so the cap is the
 * logical processors and photo-check/model.ts chooses the count.
 */
const CORES = 'return navigator["hardwareConcurrency"]}';
export function rewriteFactory(code: string): string {
  if (code.split(CORES).length !== 2) throw new Error(`tfjs-wasm-threads: TF.js's threaded glue no longer has ${CORES} once; see build/tfjs-wasm-threads.ts`);
  return code.replace(CORES, 'return 2*navigator["hardwareConcurrency"]}');
}

/** TF.js's statements and what replaces them (`wasmPathPrefix` is what setWasmPaths set). */
const REWRITES: [RegExp, string][] = [
  // The worker's text is a file now, so the bundle need not carry it as well.
  [/import \{ wasmWorkerContents \} from '\.\.\/wasm-out\/tfjs-backend-wasm-threaded-simd\.worker\.js';\n/, ''],
  [
    /const response = wasmWorkerContents\.replace\(\/\\n\/g, '\\\\n'\);\s*const blob = new Blob\(\[response\], \{ type: 'application\/javascript' \}\);\s*return URL\.createObjectURL\(blob\);/,
    `return wasmPathPrefix + ${JSON.stringify(THREAD_WORKER)};`,
  ],
  [
    /factoryConfig\.mainScriptUrlOrBlob = new Blob\(\[`var WasmBackendModuleThreadedSimd = ` \+\s*wasmFactoryThreadedSimd\.toString\(\)\], \{ type: 'text\/javascript' \}\);/,
    `factoryConfig.mainScriptUrlOrBlob = wasmPathPrefix + ${JSON.stringify(THREAD_MAIN_SCRIPT)};`,
  ],
];

/** backend_wasm.js with its two blob: URLs replaced by the packaged files' URLs; throws if TF.js changed. */
export function rewriteBackend(code: string): string {
  let out = code;
  for (const [pattern, replacement] of REWRITES) {
    if (!pattern.test(out)) throw new Error(`tfjs-wasm-threads: TF.js's backend_wasm.js no longer has ${pattern}; see build/tfjs-wasm-threads.ts`);
    out = out.replace(pattern, replacement);
  }
  return out;
}

export function tfjsWasmThreadsPlugin(): Plugin {
  let backendSeen = false;
  let factoryRewritten = false;
  return {
    name: 'safe-nudge:tfjs-wasm-threads',
    enforce: 'pre',
    transform(code, id) {
      if (BACKEND_FILE.test(id)) {
        backendSeen = true;
        return { code: rewriteBackend(code), map: null };
      }
      // The factory's own text (not the CommonJS proxies Vite makes of the same file).
      if (!FACTORY_FILE.test(id) || !code.includes(CORES)) return null;
      factoryRewritten = true;
      return { code: rewriteFactory(code), map: null };
    },
    buildEnd() {
      if (backendSeen && !factoryRewritten) throw new Error("tfjs-wasm-threads: TF.js's threaded glue was bundled without its cores rewrite; see build/tfjs-wasm-threads.ts");
    },
  };
}

/** The worker text and main script, exactly what TF.js would have put in its two Blobs. */
export function photoThreadFiles(): { worker: string; mainScript: string; wasmDir: string } {
  const main = createRequire(join(import.meta.dirname, '..', 'package.json')).resolve('@tensorflow/tfjs-backend-wasm');
  const pkg = main.slice(0, main.lastIndexOf(join('dist', 'tf-backend-wasm')));
  const out = join(pkg, 'wasm-out');
  // The worker file is a CommonJS module holding the text as one template string.
  const module = { exports: {} as { wasmWorkerContents?: unknown } };
  runInNewContext(readFileSync(join(out, THREAD_WORKER), 'utf8'), { module, exports: module.exports }, { timeout: 10_000 });
  const text = module.exports.wasmWorkerContents;
  if (typeof text !== 'string' || !text.includes('importScripts(e.data.urlOrBlob)')) throw new Error('tfjs-wasm-threads: unexpected worker file');
  // As TF.js does before making its Blob: the template string turned the worker's "\n" escapes
  // (inside its string literals) into newlines, which must be escapes again.
  const worker = text.replace(/\n/g, '\\n');
  // The factory file starts `var WasmBackendModuleThreadedSimd = (() => {…})();` and ends with
  // CommonJS/AMD exports guarded by typeof checks, which are inert in a worker.
  const mainScript = rewriteFactory(readFileSync(join(out, THREAD_MAIN_SCRIPT), 'utf8'));
  if (!/^\s*var WasmBackendModuleThreadedSimd\s*=/.test(mainScript)) throw new Error('tfjs-wasm-threads: unexpected factory file');
  return { worker, mainScript, wasmDir: join(pkg, 'dist') };
}
