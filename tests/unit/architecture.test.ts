/**
 * Imports run one way (docs/architecture.md): every import of every source file in the
 * checked folders goes where the table in that document allows, and the checker itself
 * catches each kind of wrong import when fed a file that makes one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directionsFromDoc, importViolations, importsOf, type SourceFile } from './helpers/imports';

const ROOT = join(__dirname, '../..');
const DIRECTIONS = directionsFromDoc(readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8'));

function sources(dir: string): SourceFile[] {
  const files: SourceFile[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sources(path));
    else if (/\.tsx?$/.test(name)) files.push({ path: relative(ROOT, path).split('\\').join('/'), text: readFileSync(path, 'utf8') });
  }
  return files;
}

describe('the allowed directions', () => {
  it('are written down for every folder of source code', () => {
    expect(DIRECTIONS.map((direction) => direction.folder)).toEqual([
      'vocabulary', 'model', 'views', 'chat', 'content', 'photo-check', 'guidance', 'settings', 'components', 'entrypoints', 'build',
    ]);
    expect(DIRECTIONS.find((direction) => direction.folder === 'vocabulary')).toEqual({ folder: 'vocabulary', mayImport: [], packages: false });
    expect(DIRECTIONS.find((direction) => direction.folder === 'content')).toEqual({
      folder: 'content', mayImport: ['vocabulary', 'model', 'views', 'chat'], packages: false,
    });
  });

  it('hold for every import of every source file', () => {
    const files = DIRECTIONS.flatMap((direction) => {
      try {
        return sources(join(ROOT, direction.folder));
      } catch {
        return [];
      }
    });
    expect(files.length).toBeGreaterThan(100);
    expect(importViolations(files, DIRECTIONS)).toEqual([]);
  });
});

describe('docs/architecture.md', () => {
  it('names only files that exist', () => {
    const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
    const paths = [...doc.matchAll(/`([a-z-]+\/[\w./-]+\.tsx?)`/g)].map((match) => match[1]!);
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((path) => {
      try {
        return !statSync(join(ROOT, path)).isFile();
      } catch {
        return true;
      }
    })).toEqual([]);
  });
});

describe('the checker', () => {
  const check = (path: string, text: string) => importViolations([{ path, text }], DIRECTIONS);

  it.each([
    ['content/state.ts', "import { readSettings } from '../settings/read';", '../settings/read', 'settings'],
    ['content/hold/held.ts', "import type { Contact } from '../../guidance/contacts';", '../../guidance/contacts', 'guidance'],
    ['settings/schema.ts', "import type { Kind } from '../content/sites/types';", '../content/sites/types', 'content'],
    ['guidance/child-help.ts', "export { x } from '../content/reminder/help';", '../content/reminder/help', 'content'],
    ['components/options/SiteSettings.tsx', "const rules = () => import('../../content/sites');", '../../content/sites', 'content'],
    ['vocabulary/kinds.ts', "import { isRecord } from '../model/guards';", '../model/guards', 'model'],
    ['model/policy.ts', "import { REGION_CODES } from '../guidance/contacts';", '../guidance/contacts', 'guidance'],
    ['views/reminder-card.ts', "import { message } from '../content/ext';", '../content/ext', 'content'],
    ['content/photo/check.ts', "import { loadModel } from '../../photo-check/model';", '../../photo-check/model', 'photo-check'],
    ['photo-check/page.ts', "import { ext } from '../content/ext';", '../content/ext', 'content'],
  ])('fails %s importing %s', (path, text, specifier, folder) => {
    expect(check(path, text)).toEqual([{ file: path, specifier, reason: expect.stringContaining(`not ${folder}/`) }]);
  });

  it('fails a package imported where none may be, and an import out of the repository', () => {
    expect(check('model/settings.ts', "import { browser } from 'wxt/browser';")).toEqual([
      { file: 'model/settings.ts', specifier: 'wxt/browser', reason: 'model/ imports no packages' },
    ]);
    expect(check('content/x.ts', "import '../../elsewhere/y';")).toHaveLength(1);
  });

  it('passes allowed imports: its own folder, the folders below it, packages where allowed', () => {
    expect(check('content/hold/held.ts', "import { decide } from '../state';\nimport type { Kind } from '../../vocabulary/kinds';\nimport { applyManaged } from '../../model/policy';")).toEqual([]);
    expect(check('components/Popup.tsx', "import { t } from '../guidance/i18n';\nimport { useState } from 'preact/hooks';")).toEqual([]);
    expect(check('tests/unit/x.test.ts', "import { anything } from '../../content/state';")).toEqual([]);
  });

  it('reads every kind of import: static, type-only, side-effect, re-export, dynamic', () => {
    const text = [
      "import a from './a';",
      "import type { B } from './b';",
      "import './c';",
      "export * from './d';",
      "const e = await import('./e');",
    ].join('\n');
    expect(importsOf({ path: 'content/x.ts', text })).toEqual(['./a', './b', './c', './d', './e']);
  });
});
