/**
 * The node-side harness without vitest: local HTTPS server, Chromium with the extension,
 * fixtures, recorder and test files. scripts/demo.mjs bundles this file with esbuild.
 */
export * from './browser.ts';
export * from './fixtures.ts';
export * from './files.ts';
export * from './paths.ts';
export * from './recorder.ts';
export * from './server.ts';
