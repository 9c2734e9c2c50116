/**
 * guidance/contacts.json is a checked copy of the project's contacts list
 * (shared/contacts/contacts.json, beside the repository or above a worktree): never edited by
 * hand, never a number of our own. Compared whole when the list is there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import copy from '../../guidance/contacts.json';

function sharedContacts(): string | null {
  for (let dir = join(__dirname, '../..'); dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, 'shared', 'contacts', 'contacts.json');
    if (existsSync(file)) return file;
  }
  return null;
}

const source = sharedContacts();

it.skipIf(!source)('guidance/contacts.json is the same as shared/contacts/contacts.json', () => {
  expect(copy).toEqual(JSON.parse(readFileSync(source!, 'utf8')));
});

it('every contact has sources and a status, and every region an emergency number or is the fallback', () => {
  for (const [code, region] of Object.entries(copy.regions)) {
    for (const contact of region.contacts as { id: string; sources: string[]; status: string }[]) {
      expect(contact.sources.length, contact.id).toBeGreaterThan(0);
      expect(['verified', 'partly-verified'], contact.id).toContain(contact.status);
    }
    const hasEmergency = (region.contacts as { emergency?: boolean; status: string }[]).some((c) => c.emergency && c.status === 'verified');
    expect(hasEmergency || code === 'INTL', code).toBe(true);
  }
});
