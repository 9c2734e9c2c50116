import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SOCIAL_MATCHES } from './vocabulary/sites';
import { stripRuleEvidencePlugin } from './build/strip-rule-evidence';
import { stripContactSourcesPlugin } from './build/strip-contact-sources';
import { compactZoneTablePlugin } from './build/compact-zone-table';
import { contentScriptsWithoutPolyfill } from './build/content-scripts-without-polyfill';
import { contentBundles, manifestContentScripts } from './build/content-bundles';
import { REMINDER_UI_FILE } from './content/reminder-import';
import { photoCheckAssets } from './build/photo-check-assets';
import { CHAT_CHECK_FILE } from './content/chat-import';
import { PHOTO_INPUT_FILE } from './content/photo/input-import';

// Firefox's built-in consent: Safe Nudge collects and transmits nothing (docs/privacy.md).
// (A constant, not a literal below: WXT 0.21's manifest type does not know this key yet.)
const GECKO = {
  id: 'safe-nudge@safe-nudge.org',
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['none'] },
};

// Safe Nudge asks for storage only; host access is limited to the social sites it knows.
const OTHER_WEBSITES = ['https://*/*', 'http://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The always-loaded content script has a size budget (scripts/check-size.mjs): rule
  // citations and the polyfill stay out of it (build/).
  // Extension pages carry the contacts without their sources and notes (build/strip-contact-sources.ts),
  // and only the time zones of countries with help (build/compact-zone-table.ts).
  vite: () => ({ plugins: [preact(), stripRuleEvidencePlugin(), stripContactSourcesPlugin(), compactZoneTablePlugin(), contentScriptsWithoutPolyfill()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en_GB',
    // storage: settings and counts, on this computer only. scripting: only to register the
    // same content script on other websites when a parent turns that on and grants the
    // optional permission below (settings/other-sites.ts); it injects nothing by itself.
    permissions: ['storage', 'scripting'],
    host_permissions: SOCIAL_MATCHES,
    // Asked for only when a parent turns on "also remind on other websites"; off by default.
    optional_host_permissions: OTHER_WEBSITES,
    // Lets a family's or school's policy set and lock settings (docs/policy.md).
    storage: { managed_schema: 'managed_schema.json' },
    // The reminder UI, imported by the content script when an action is first held
    // (content/reminder-loader.ts), the chat check and the photo check's picture reduction
    // (content/photo/check.ts). Any page the content script may run on (the social sites,
    // and others if a parent allows) must be able to load it; Chrome gives it a per-session
    // URL, so pages cannot probe for the extension with it.
    web_accessible_resources: [{ resources: [REMINDER_UI_FILE, CHAT_CHECK_FILE, PHOTO_INPUT_FILE], matches: OTHER_WEBSITES, use_dynamic_url: true }],
    // The extension's own pages: only their own scripts; WebAssembly compiled from the
    // extension's own .wasm files (the photo check's fallback backend, photo-check/model.ts);
    // requests only to the extension's own files (the photo check's model), so no page of the
    // extension can reach the network (scripts/check-bundle.mjs checks this policy).
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self'",
    },
    browser_specific_settings: {
      // Firefox 140 (the ESR since 2025) is the first to read data_collection_permissions (page-world
      // content scripts need 128); Firefox for Android reads it from 142.
      gecko: GECKO,
      gecko_android: { strict_min_version: '142.0' },
    },
  },
  // The sources zip (for Mozilla's review) is the repository's own files: not the packages
  // npm run zip made before (dist/), nor test output.
  zip: { excludeSources: ['dist/**', 'tests/e2e/.tmp/**'] },
  hooks: {
    // One rule script per site and the lazily loaded reminder UI (build/content-bundles.ts).
    'build:publicAssets': async (_, files) => {
      files.push(...(await contentBundles()));
      // The photo check's model and WebAssembly files, from the installed packages.
      files.push(...photoCheckAssets());
    },
    'build:manifestGenerated': (_, manifest) => {
      // Each site's hosts run that site's rule script, then nudge.js (build/content-bundles.ts).
      manifest.content_scripts = [...(manifest.content_scripts ?? []), ...manifestContentScripts()];
      // Chrome runs the photo check in an offscreen document (photo-check/host.ts); Firefox in
      // an iframe of its background page, which needs no permission.
      if (manifest.manifest_version === 3) manifest.permissions = [...(manifest.permissions ?? []), 'offscreen'];
      // Manifest V2 (Firefox) has no optional_host_permissions, and WXT drops it there: the
      // same origins go in optional_permissions instead.
      if (manifest.manifest_version !== 2) return;
      manifest.optional_permissions = [...(manifest.optional_permissions ?? []), ...OTHER_WEBSITES];
    },
  },
});
