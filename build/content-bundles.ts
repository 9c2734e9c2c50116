/**
 * Build-time only: the content-script files, which WXT does not make by itself.
 *
 * - `nudge.js`, the page script (content/page-script.ts) on every social site: a classic
 *   script bundled here rather than as a WXT entrypoint, because WXT wraps an entrypoint in
 *   its start-up and logger code (about 0.9 KB with its minifier, of a 21 KB budget) that a
 *   script with no WXT context does not need. It stops by itself when the extension is
 *   updated or turned off (Chrome takes the runtime id away; content/page-script.ts).
 * - `content-scripts/sites/<id>.js`, one per site rule: a classic script that registers that
 *   site's rule (content/sites/site-rule.ts). `manifestContentScripts` makes the manifest run
 *   it just before nudge.js on that site's hosts, so each page loads one rule, not nineteen.
 *   Rule documentation (source, evidence, examples) and the hosts (the manifest already
 *   matched them) are cut first, as in strip-rule-evidence.ts.
 * - `content-scripts/reminder-ui.js`: the reminder, the note and the choice writes as an ES
 *   module (content/reminder/ui.ts) that nudge.js imports when an action is first held
 *   (content/reminder-loader.ts); it is web-accessible so import() may load it, with a
 *   per-session URL in Chrome so pages cannot probe for it.
 *
 * Both are bundled with esbuild (already used by WXT's Vite) into the build's public assets,
 * so `wxt build`, `wxt zip` and `wxt dev` all ship them. scripts/check-size.mjs budgets them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, transform, type Plugin } from 'esbuild';
import { SITE_HOSTS, type SiteId } from '../vocabulary/sites';
import { SOCIAL_MATCHES, matchesOf } from '../vocabulary/sites';
import { REMINDER_UI_FILE } from '../content/reminder-import';
import { CHAT_CHECK_FILE } from '../content/chat-import';
import { PHOTO_INPUT_FILE } from '../content/photo/input-import';
import { CHAT_RULES } from '../content/chat/sites/index';
import { EVIDENCE_KEYS, RULE_FILE, SIGN_PATTERN_FILE, SIGN_PATTERN_KEYS_CUT, stripRuleEvidence } from './strip-rule-evidence';

const root = join(import.meta.dirname, '..');
const CONTENT_JS = 'nudge.js';
const FILE_PICKER_JS = 'content-scripts/file-picker.js';
const RULE_KEYS_CUT: ReadonlySet<string> = new Set([...EVIDENCE_KEYS, 'hosts']);

export const siteScriptFile = (id: string): string => `content-scripts/sites/${id}.js`;

/** nudge.js's entry: the site's rule, left by the site's rule script the manifest runs first. */
export const PAGE_SCRIPT_ENTRY =
  "import { registeredSiteRule } from './content/sites/site-rule';\n" +
  "import { startPageScript } from './content/page-script';\n" +
  'startPageScript(registeredSiteRule());\n';

const stripRules: Plugin = {
  name: 'strip-rule-documentation',
  setup(esbuild) {
    esbuild.onLoad({ filter: RULE_FILE }, (args) => ({
      contents: stripRuleEvidence(readFileSync(args.path, 'utf8'), args.path, RULE_KEYS_CUT),
      loader: 'ts',
    }));
    // The warning-sign patterns' citations (`source`), as the site rules' evidence.
    esbuild.onLoad({ filter: SIGN_PATTERN_FILE }, (args) => ({
      contents: stripRuleEvidence(readFileSync(args.path, 'utf8'), args.path, SIGN_PATTERN_KEYS_CUT),
      loader: 'ts',
    }));
  },
};

/** The reminder's styles (views/styles.ts): one template literal, the CSS in it. */
const STYLES_FILE = /views[\\/]styles\.ts$/;
const CSS_LITERAL = /(= `)([^`]*)(`)/;

/**
 * The reminder's styles as esbuild's CSS minifier writes them: the JavaScript minifier leaves
 * a template literal as it is, and the spaces and line breaks of readable CSS are about 300
 * bytes of reminder-ui.js's budget. The extension's pages (the welcome page's sample) get
 * the same CSS through Vite.
 */
const minifyStyles: Plugin = {
  name: 'minify-reminder-css',
  setup(esbuild) {
    esbuild.onLoad({ filter: STYLES_FILE }, async (args) => {
      const source = readFileSync(args.path, 'utf8');
      const css = CSS_LITERAL.exec(source)?.[2];
      if (css === undefined || css.includes('${')) throw Error(`${args.path}: expected one CSS template literal without \${}`);
      const minified = (await transform(css, { loader: 'css', minify: true })).code.trim();
      if (/[`\\]|\$\{/.test(minified)) throw Error(`${args.path}: minified CSS would need escaping in a template literal`);
      return { contents: source.replace(CSS_LITERAL, (_, open: string, _css: string, close: string) => open + minified + close), loader: 'ts' };
    });
  },
};

async function bundle(options: { contents: string; format: 'iife' | 'esm' }): Promise<string> {
  const result = await build({
    stdin: { contents: options.contents, resolveDir: root, sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    format: options.format,
    target: ['chrome120', 'firefox128'],
    legalComments: 'none',
    // Words in 17 languages: as UTF-8 they take 2–3 bytes a letter, escaped (\uXXXX) 6.
    charset: 'utf8',
    plugins: [stripRules, minifyStyles],
  });
  return result.outputFiles[0]!.text;
}

/** A chat site's rule carries its chat rule (content/chat/sites/<id>.ts) as `chat`. */
function ruleScript(id: SiteId): string {
  const chat = CHAT_RULES.some((rule) => rule.site === id);
  return [
    `import { registerSiteRule } from './content/sites/site-rule';`,
    `import { ${id}Rule } from './content/sites/${id}';`,
    ...(chat ? [`import { ${id}Chat } from './content/chat/sites/${id}';`] : []),
    chat ? `registerSiteRule({ ...${id}Rule, chat: ${id}Chat });` : `registerSiteRule(${id}Rule);`,
    '',
  ].join('\n');
}

/**
 * The chat check (issue 12): phone-number library and every language's patterns, loaded only
 * when a chat composer or message list is in use (content/chat-loader.ts). Exported so
 * `npm run chat-bench` times exactly what ships.
 */
export const chatCheckBundle = (): Promise<string> => bundle({ format: 'esm', contents: `export { chat } from './content/chat/check';\n` });

/** The generated files, as WXT's `build:publicAssets` hook takes them. */
export async function contentBundles(): Promise<{ relativeDest: string; contents: string }[]> {
  const sites = Object.keys(SITE_HOSTS) as SiteId[];
  const rules = await Promise.all(
    sites.map(async (id) => ({
      relativeDest: siteScriptFile(id),
      contents: await bundle({
        format: 'iife',
        contents: ruleScript(id),
      }),
    })),
  );
  const page = { relativeDest: CONTENT_JS, contents: await bundle({ format: 'iife', contents: PAGE_SCRIPT_ENTRY }) };
  const ui = {
    relativeDest: REMINDER_UI_FILE,
    contents: await bundle({ format: 'esm', contents: `export { ui } from './content/reminder/ui';\n` }),
  };
  const chat = { relativeDest: CHAT_CHECK_FILE, contents: await chatCheckBundle() };
  // The photo check's picture reduction (issue 11): decoding and sampling a chosen picture in
  // the page script, so only the model's input is sent to the checker page
  // (content/photo/check.ts). Loaded when a picture is checked, never at start.
  const photo = {
    relativeDest: PHOTO_INPUT_FILE,
    contents: await bundle({ format: 'esm', contents: `export { photoInput } from './photo-check/input';\n` }),
  };
  return [page, ...rules, ui, chat, photo];
}

/**
 * The manifest's content scripts, declared here rather than by WXT (both entrypoints say
 * `registration: 'runtime'`, which also keeps the match patterns out of their bundles): on each
 * site's hosts, that site's rule script and then nudge.js; on every social host, the
 * page-world file-picker helper.
 */
export interface ContentScriptEntry {
  matches: string[];
  js: string[];
  run_at: 'document_start';
  world?: 'MAIN';
}

export function manifestContentScripts(): ContentScriptEntry[] {
  const perSite = (Object.entries(SITE_HOSTS) as [SiteId, string[]][]).map(([id, hosts]): ContentScriptEntry => ({
    matches: matchesOf(hosts),
    js: [siteScriptFile(id), CONTENT_JS],
    run_at: 'document_start',
  }));
  return [...perSite, { matches: SOCIAL_MATCHES, js: [FILE_PICKER_JS], run_at: 'document_start', world: 'MAIN' }];
}
