import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // Every core (vitest's default leaves one free: a single worker on CI's 2 cores). The unit
    // tests use no browser and no fixed port, so files run side by side safely.
    maxWorkers: availableParallelism(),
  },
});
