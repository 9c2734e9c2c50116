/**
 * Build-time only: `popup-first-frame.js`, the popup's first-frame script
 * (entrypoints/popup/first-frame.ts), bundled here by esbuild as one classic script rather
 * than by Vite, so it shares no chunk with the rest of the popup: the first frame loads this
 * one file, without Preact or webextension-polyfill (docs/performance.md). It gets the same
 * build-time cuts as the pages Vite builds: the contacts without their sources and notes
 * (strip-contact-sources.ts), and only the time zones of countries with help
 * (compact-zone-table.ts). scripts/check-size.mjs budgets it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, transform, type Plugin } from 'esbuild';
import { compactZoneModule, ZONE_COUNTRIES_FILE } from './compact-zone-table';
import { CONTACTS_FILE, stripContactSources } from './strip-contact-sources';

const root = join(import.meta.dirname, '..');
export const POPUP_FIRST_FRAME_JS = 'popup-first-frame.js';

/**
 * The contacts as the first frame reads them: also without each contact's English `name` and
 * `when` and its `anonymous` flag, which the help never shows (its words are messages, by id:
 * guidance/help.ts), and the list's date. Half of what is left after strip-contact-sources.ts.
 */
export function firstFrameContacts(json: string): string {
  const { checked: _checked, ...data } = JSON.parse(stripContactSources(json)) as { checked?: string; regions: Record<string, { contacts: Record<string, unknown>[] }> };
  for (const region of Object.values(data.regions)) {
    region.contacts = region.contacts.map(({ name: _name, when: _when, anonymous: _anonymous, ...shown }) => shown);
  }
  return JSON.stringify(data);
}

const pageCuts: Plugin = {
  name: 'popup-first-frame-cuts',
  setup(esbuild) {
    esbuild.onLoad({ filter: CONTACTS_FILE }, (args) => ({ contents: firstFrameContacts(readFileSync(args.path, 'utf8')), loader: 'json' }));
    esbuild.onLoad({ filter: ZONE_COUNTRIES_FILE }, () => ({ contents: compactZoneModule(), loader: 'js' }));
  },
};

/** The popup's styles, which the script puts into the page itself (entrypoints/popup/first-frame.ts says why). */
export const POPUP_STYLES = ['components/styles.css', 'components/popup/popup.css'];

async function popupStyles(): Promise<string> {
  const css = POPUP_STYLES.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
  return (await transform(css, { loader: 'css', minify: true })).code.trim();
}

export async function popupFirstFrame(): Promise<{ relativeDest: string; contents: string }> {
  const entry = `import { paintFirstFrame } from './entrypoints/popup/first-frame';\npaintFirstFrame(${JSON.stringify(await popupStyles())});\n`;
  const result = await build({
    stdin: { contents: entry, resolveDir: root, sourcefile: 'popup-first-frame.ts', loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    legalComments: 'none',
    charset: 'utf8',
    plugins: [pageCuts],
  });
  return { relativeDest: POPUP_FIRST_FRAME_JS, contents: result.outputFiles[0]!.text };
}
