/**
 * docs/coverage.md is generated from the site rules, the generic labels and the fixtures
 * (scripts/coverage.mjs); it must match them, so the page never promises more than the code does.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('docs/coverage.md is up to date (else: npm run coverage)', () => {
  const root = join(__dirname, '../..');
  const result = spawnSync(process.execPath, [join(root, 'scripts/coverage.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
  expect(result.stderr.trim(), result.stderr).toBe('');
  expect(result.status).toBe(0);
}, 60_000);
