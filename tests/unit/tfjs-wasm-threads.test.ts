/**
 * The build's rewrite of TF.js's WebAssembly start-up (build/tfjs-wasm-threads.ts): its two
 * blob: URLs (the pthread worker and the script each worker imports), which the extension
 * pages' CSP refuses, become the extension's own packaged files; nothing else changes, and a
 * TF.js whose text differs fails the build instead of silently keeping the blob: URLs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { photoThreadFiles, rewriteBackend, rewriteFactory, THREAD_MAIN_SCRIPT, THREAD_WORKER } from '../../build/tfjs-wasm-threads';

const main = createRequire(join(process.cwd(), 'package.json')).resolve('@tensorflow/tfjs-backend-wasm');
const backendFile = join(main.slice(0, main.lastIndexOf(join('dist', 'tf-backend-wasm'))), 'dist', 'backend_wasm.js');
const source = readFileSync(backendFile, 'utf8');

describe("TF.js's threaded WebAssembly from the extension's own files", () => {
  it('replaces both blob: URLs with the packaged worker and main script, and only those statements', () => {
    const out = rewriteBackend(source);
    expect(source).toContain('URL.createObjectURL(blob)');
    expect(out).not.toContain('URL.createObjectURL');
    expect(out).not.toContain('new Blob(');
    expect(out).toContain(`return wasmPathPrefix + "${THREAD_WORKER}";`);
    expect(out).toContain(`factoryConfig.mainScriptUrlOrBlob = wasmPathPrefix + "${THREAD_MAIN_SCRIPT}";`);
    // Everything else is TF.js's own text: the source shrinks by about the two statements only.
    expect(source.length - out.length).toBeGreaterThan(0);
    expect(source.length - out.length).toBeLessThan(400);
  });

  it('fails the build when TF.js no longer has the expected text', () => {
    expect(() => rewriteBackend(source.replace('URL.createObjectURL(blob)', 'URL.createObjectURL(b)'))).toThrow(/tfjs-wasm-threads/);
  });

  it("reports the logical processors twice over to TF.js's C++, which halves them (one thread on 2 cores otherwise)", () => {
    const factory = readFileSync(join(backendFile, '..', '..', 'wasm-out', THREAD_MAIN_SCRIPT), 'utf8');
    const out = rewriteFactory(factory);
    expect(factory).toContain('return navigator["hardwareConcurrency"]}');
    expect(out).toContain('return 2*navigator["hardwareConcurrency"]}');
    expect(out.length - factory.length).toBe(2);
    expect(() => rewriteFactory('function f(){return 1}')).toThrow(/tfjs-wasm-threads/);
  });

  it('ships the texts TF.js would have put in its Blobs', () => {
    const { worker, mainScript } = photoThreadFiles();
    expect(worker).toContain('importScripts(e.data.urlOrBlob)');
    expect(worker).toContain('WasmBackendModuleThreadedSimd(Module)');
    expect(mainScript).toMatch(/^\s*var WasmBackendModuleThreadedSimd = /);
    expect(mainScript).toContain('return 2*navigator["hardwareConcurrency"]}'); // the same glue as the bundle's
  });
});
