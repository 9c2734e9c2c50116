/**
 * The e2e tests' own build of the extension (node seam-build.mjs OUT_DIR): the product's
 * sources, except that the photo checker page (photo-check/page.ts) gets the stand-in model of
 * tests/e2e/photo-check-stub.ts instead of photo-check/model.ts, so a test chooses the scores
 * the real message path carries. The product build never sees this plugin.
 */
import { join } from 'node:path';
import { build } from 'wxt';

const ROOT = join(import.meta.dirname, '../../..');
const STUB = join(ROOT, 'tests/e2e/photo-check-stub.ts');
const quiet = () => {};

const stubModel = {
  name: 'safe-nudge-photo-check-stub',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === './model' && importer?.split('\\').join('/').endsWith('/photo-check/page.ts')) return STUB;
    return null;
  },
};

await build({
  root: ROOT,
  browser: process.argv[3] || 'chrome',
  outDir: process.argv[2],
  vite: () => ({ plugins: [stubModel] }),
  logger: { ...console, info: quiet, success: quiet, log: quiet, debug: quiet, warn: quiet, start: quiet, box: quiet, ready: quiet, fail: console.error, level: 0 },
});
