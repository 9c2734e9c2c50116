/** The bundled contacts keep every field a page shows and lose only sources, notes and the file's about. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CONTACTS_FILE, stripContactSources } from '../../build/strip-contact-sources';

const text = readFileSync(join(__dirname, '../../guidance/contacts.json'), 'utf8');

it('drops sources, notes and about, and nothing else', () => {
  const full = JSON.parse(text);
  const stripped = JSON.parse(stripContactSources(text));
  expect(stripped.about).toBeUndefined();
  expect(stripped.checked).toBe(full.checked);
  expect(Object.keys(stripped.regions)).toEqual(Object.keys(full.regions));
  for (const [code, region] of Object.entries<{ contacts: Record<string, unknown>[] }>(full.regions)) {
    expect(stripped.regions[code].contacts).toEqual(region.contacts.map(({ sources: _s, notes: _n, ...shown }) => shown));
  }
  expect(stripContactSources(text).length).toBeLessThan(text.length * 0.7);
});

it('applies to guidance/contacts.json only', () => {
  expect(CONTACTS_FILE.test('/repo/guidance/contacts.json')).toBe(true);
  expect(CONTACTS_FILE.test('C:\\repo\\guidance\\contacts.json?import')).toBe(true);
  expect(CONTACTS_FILE.test('/repo/shared/contacts/contacts.json')).toBe(false);
});
