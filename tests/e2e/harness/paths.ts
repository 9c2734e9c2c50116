/** Where things are, found from this file so the harness also works when bundled (npm run demo). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function repoRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'wxt.config.ts'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no Safe Nudge checkout above ${start}`);
  }
}

export const ROOT = repoRoot(import.meta.dirname);
export const TMP_DIR = join(ROOT, 'tests', 'e2e', '.tmp');
/** The built extension; E2E_EXTENSION_DIR points elsewhere (a copy, so a rebuild can't pull it away mid-run). */
export const EXTENSION_DIR = process.env.E2E_EXTENSION_DIR || join(ROOT, '.output', 'chrome-mv3');
export const SITE_FIXTURES_DIR = join(ROOT, 'tests', 'fixtures', 'sites');
export const ZOO_DIR = join(ROOT, 'tests', 'e2e', 'zoo');
