/**
 * Build-time only: the content scripts get WXT's own one-line `browser` (globalThis.browser in
 * Firefox, chrome in Chrome, both promise-based in MV3/Firefox) instead of
 * webextension-polyfill, which weighs ~10 KB minified. The extension pages and the background
 * keep the polyfill (the background answers messages by returning a promise, which only the
 * polyfill makes work in Chrome).
 *
 * The only `wxt/browser` imports in a content script are WXT's ContentScriptContext and its
 * internal helpers (they read `browser.runtime.id`, to notice the extension was updated and to
 * name their events); content/ itself uses content/ext.ts and no polyfill. So the swap is keyed
 * on those importers, and nothing else is touched. scripts/check-size.mjs fails if the polyfill reaches a content script again.
 */
import type { Plugin } from 'vite';

/** ContentScriptContext and the internal helpers it uses (custom event names, location watcher). */
const CONTEXT_MODULE = /[\\/]wxt[\\/]dist[\\/]utils[\\/](?:content-script-context|internal[\\/][\w-]+)\.mjs$/;
const POLYFILLED_BROWSER = /^(?:wxt\/browser|@wxt-dev\/webextension-polyfill\/browser)$/;

export function contentScriptsWithoutPolyfill(): Plugin {
  return {
    name: 'safe-nudge:content-scripts-without-polyfill',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      if (!importer || !CONTEXT_MODULE.test(importer) || !POLYFILLED_BROWSER.test(source)) return null;
      return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
    },
  };
}
