/**
 * Builds each editor test page (the real editor libraries from npm, bundled with esbuild) into
 * one HTML document, for the e2e server to serve at a chat site's address. Built when the tests
 * start; nothing built is committed.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { EDITORS } from './editors';

const here = import.meta.dirname;

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(here, entry)],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** `<script>` text must not close the element early. */
const inline = (code: string) => code.replace(/<\/script/gi, '<\\/script');

export interface EditorPage { id: string; url: string; html: string }

/** One page per editor; `withStandIn` adds the phase-1 hold stand-in before the editor. */
export async function editorPages(withStandIn: boolean): Promise<EditorPage[]> {
  const standIn = withStandIn ? `<script>${inline(await bundle('hold-stand-in.ts'))}</script>` : '';
  return Promise.all(
    EDITORS.map(async (editor) => ({
      id: editor.id,
      url: editor.url,
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${editor.library}</title>${standIn}</head><body><script>${inline(await bundle(`${editor.id}.ts`))}</script></body></html>`,
    })),
  );
}
