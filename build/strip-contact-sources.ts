/**
 * Build-time only: the contacts list (guidance/contacts.json, a checked copy of the project's
 * list) goes into the popup, options, welcome and background bundles without what no page
 * reads: each contact's `sources` and `notes`, and the file's `about`. They stay in the source
 * tree, where reviewers and tests read them. About half the file; the popup parses less
 * before its first frame (docs/performance.md). Tested in tests/unit/strip-contact-sources.test.ts.
 */
import type { Plugin } from 'vite';

export const CONTACTS_FILE = /[\\/]guidance[\\/]contacts\.json(?:\?.*)?$/;

/** The JSON text with `about`, and every contact's `sources` and `notes`, left out. */
export function stripContactSources(json: string): string {
  const { about: _about, ...data } = JSON.parse(json) as { about?: string; regions: Record<string, { contacts: Record<string, unknown>[] }> };
  for (const region of Object.values(data.regions)) {
    region.contacts = region.contacts.map(({ sources: _sources, notes: _notes, ...shown }) => shown);
  }
  return JSON.stringify(data);
}

export function stripContactSourcesPlugin(): Plugin {
  return {
    name: 'safe-nudge:strip-contact-sources',
    enforce: 'pre',
    transform(code, id) {
      return CONTACTS_FILE.test(id) ? { code: stripContactSources(code), map: null } : null;
    },
  };
}
