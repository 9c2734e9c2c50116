import { defineConfig } from 'vitest/config';

// End-to-end tests in real Firefox with the Firefox build (.output/firefox-mv2): one file at a
// time, one worker. The server listens on 443 (Firefox maps host names, not ports), so run
// under the shared browser lock.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/firefox/**/*.e2e.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 30_000,
    hookTimeout: 90_000,
    teardownTimeout: 20_000,
    expect: { poll: { timeout: 5000, interval: 50 } },
  },
});
