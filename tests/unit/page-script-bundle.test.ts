/**
 * What the page script (nudge.js) is made of: bundled as the build bundles it (tree-shaken),
 * but with names kept so they can be read. No test hook ships in it, nothing of the parents'
 * pages, settings storage or contacts, and no copy of the reminder UI (loaded lazily).
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const result = await build({
  entryPoints: [join(ROOT, 'entrypoints/nudge.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  treeShaking: true,
  minifySyntax: true,
  metafile: true,
  logLevel: 'silent',
});
const text = result.outputFiles[0]!.text;
const modules = Object.keys(result.metafile.inputs);

describe('the page script bundle', () => {
  it('holds no test hook: the tests put their seams in with vi.mock and storage, not in the product', () => {
    for (const hook of ['resetState', 'provideUI', 'useBundledUI', 'importOriginal']) expect(text, hook).not.toContain(hook);
    expect(modules.filter((path) => path.startsWith('tests/'))).toEqual([]);
  });

  it('is made only of page code and the layers below it', () => {
    const folders = [...new Set(modules.filter((path) => !path.startsWith('node_modules/')).map((path) => path.split('/')[0]))].sort();
    expect(folders).toEqual(['content', 'entrypoints', 'model', 'vocabulary']);
    expect(modules.filter((path) => path.startsWith('content/reminder/'))).toEqual([]);
  });
});
