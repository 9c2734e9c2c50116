/**
 * The policy snippets shown on the options page and in docs/policy.md (a test keeps the two
 * the same). Keys and values follow public/managed_schema.json.
 */
export const FIREFOX_ID = 'safe-nudge@safe-nudge.org';
/** Chrome/Edge ids depend on the store listing; families paste theirs in. */
export const CHROME_ID_PLACEHOLDER = 'EXTENSION_ID';

export const EXAMPLE_POLICY = {
  kinds: {
    'friend-request': { enabled: true, mode: 'pause' },
    'image-upload': { enabled: true, mode: 'pause' },
  },
  sitesOff: [],
  dailyCap: 20,
  region: 'GB',
  otherSites: false,
};

/** Linux: a file in /etc/opt/chrome/policies/managed/ (Edge: /etc/opt/edge/policies/managed/). */
export const CHROME_POLICY = {
  ExtensionSettings: {
    [CHROME_ID_PLACEHOLDER]: {
      installation_mode: 'force_installed',
      update_url: 'https://clients2.google.com/service/update2/crx',
    },
  },
  '3rdparty': { extensions: { [CHROME_ID_PLACEHOLDER]: EXAMPLE_POLICY } },
};

/** policies.json in Firefox's distribution folder. */
export const FIREFOX_POLICY = {
  policies: {
    ExtensionSettings: {
      [FIREFOX_ID]: {
        installation_mode: 'force_installed',
        install_url: 'https://addons.mozilla.org/firefox/downloads/latest/safe-nudge/latest.xpi',
      },
    },
    '3rdparty': { Extensions: { [FIREFOX_ID]: EXAMPLE_POLICY } },
  },
};

export const snippet = (value: unknown) => JSON.stringify(value, null, 2);
