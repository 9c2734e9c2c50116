import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SOCIAL_MATCHES } from './content/sites/matches';

// Safe Nudge asks for storage only; host access is limited to the social sites it knows.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
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
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Lets a family's or school's policy set and lock settings (docs/policy.md).
    storage: { managed_schema: 'managed_schema.json' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    browser_specific_settings: {
      gecko: { id: 'safe-nudge@safe-nudge.org', strict_min_version: '128.0' },
    },
  },
});
