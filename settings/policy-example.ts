/**
 * The policy snippets shown on the options page and in docs/policy.md (a test keeps the two
 * the same). Keys and values follow public/managed_schema.json. The options page fills in the
 * id of the copy it runs in (browser.runtime.id), so what it shows works as it is: never a
 * placeholder. Installing so that it can't be removed is in docs/policy.md.
 */
export const FIREFOX_ID = 'safe-nudge@safe-nudge.org';

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

/** Chrome/Edge: the settings of the extension with this id (Linux: a file in /etc/opt/chrome/policies/managed/). */
export const chromeSettingsPolicy = (id: string) => ({ '3rdparty': { extensions: { [id]: EXAMPLE_POLICY } } });

/** Firefox's policies.json: the settings (Firefox's id is fixed by the manifest). */
export const FIREFOX_POLICY = {
  policies: {
    '3rdparty': { Extensions: { [FIREFOX_ID]: EXAMPLE_POLICY } },
  },
};

export const snippet = (value: unknown) => JSON.stringify(value, null, 2);
