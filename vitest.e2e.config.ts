import { defineConfig } from 'vitest/config';
import { POOL_SIZE } from './tests/e2e/harness/pool.ts';

// End-to-end tests: real Chromium with the built extension (.output/chrome-mv3), pages served
// by a local HTTPS server under the sites' real host names. One file at a time, one worker:
// each file starts its own browser, and the CI machine has 2 cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    // Firefox has its own config and step (vitest.firefox.config.ts).
    exclude: ['tests/e2e/firefox/**', '**/node_modules/**'],
    fileParallelism: false,
    maxWorkers: 1,
    // Files with a browser pool (useE2EPool) run this many tests side by side, one per browser.
    maxConcurrency: POOL_SIZE,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
    // A browser is slower than 1 s (vitest's default) to render, message the background, etc.
    expect: { poll: { timeout: 5000, interval: 50 } },
  },
});
