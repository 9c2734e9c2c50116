/** "Get help now": groups and order, the words of every contact in every language, and one-tap links. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGIONS, REGION_CODES } from '../../guidance/contacts';
import {
  CATEGORY_HEADING, CATEGORY_ORDER, CONTACT_CATEGORY, categoryOf, contactHoursKey, contactLineKey, contactNameKey,
  contactTextKey, groupedContacts, orderedContacts, phoneNumbers, telHref,
} from '../../guidance/help';
import { getMessage } from './setup';

const allContacts = Object.values(REGIONS).flatMap((region) => region.contacts);
const DIR = join(__dirname, '../../public/_locales');
const locales = readdirSync(DIR);
const load = (locale: string): Record<string, { message: string }> => JSON.parse(readFileSync(join(DIR, locale, 'messages.json'), 'utf8'));

describe('contact categories and words', () => {
  it.each(allContacts.map((contact) => [contact.id, contact] as const))('%s has a group, a name and a line in every language', (id, contact) => {
    expect(CONTACT_CATEGORY[id] ?? (contact.emergency ? 'emergency' : undefined)).toBeDefined();
    for (const locale of locales) {
      const messages = load(locale);
      const keys = [contactNameKey(id), contactLineKey(id), contactHoursKey(contact), contactTextKey(contact)].filter(Boolean) as string[];
      for (const key of keys) expect(messages[key]?.message, `${locale}/${key}`).toBeTruthy();
    }
  });

  it('lists no category for a contact that is not in the file', () => {
    const ids = new Set(allContacts.map((contact) => contact.id));
    expect(Object.keys(CONTACT_CATEGORY).filter((id) => !ids.has(id))).toEqual([]);
  });

  it("keeps the English hours and text lines exactly as contacts.json has them (they are the checked facts)", () => {
    for (const contact of allContacts) {
      const hours = contactHoursKey(contact);
      if (hours) expect(getMessage(hours), contact.id).toBe(contact.hours);
      const text = contactTextKey(contact);
      if (text) expect(getMessage(text), contact.id).toBe(contact.text);
    }
  });
});

describe('orderedContacts', () => {
  // Written out per region (emergency, reporting, helplines with children's first, picture
  // removal), not worked out with the categories the function sorts by.
  it.each([
    ['IE', ['ie-112', 'ie-hotline', 'ie-childline']],
    ['US', ['us-911', 'us-cybertipline', 'us-childhelp', 'us-takeitdown']],
    ['CA', ['ca-911', 'ca-cybertip', 'ca-khp']],
    ['AU', ['au-000', 'au-esafety', 'au-accce', 'au-khl']],
    ['NZ', ['nz-111', 'nz-netsafe', 'nz-dia', 'nz-youthline']],
    ['INTL', ['intl-inhope', 'intl-takeitdown']],
  ])('%s: emergency, then reporting, helplines, picture removal', (code, ids) => {
    expect(orderedContacts(code).map((contact) => contact.id)).toEqual(ids);
  });

  it('orders every region', () => {
    expect([...REGION_CODES].sort()).toEqual(['AU', 'CA', 'DE', 'ES', 'EU', 'FR', 'GB', 'IE', 'INTL', 'IT', 'NL', 'NZ', 'PL', 'US']);
  });

  it('puts the UK in the order a parent needs it', () => {
    expect(orderedContacts('GB').map((contact) => contact.id)).toEqual([
      'gb-999', 'gb-101', 'gb-ceop', 'gb-crimestoppers', 'gb-iwf', 'gb-rhc',
      'gb-childline', 'gb-nspcc', 'gb-report-remove',
    ]);
  });

  it("puts Italy's emergency number first and its children's emergency line 114 right after it", () => {
    expect(orderedContacts('IT').map((contact) => contact.id).slice(0, 2)).toEqual(['it-112-113', 'it-114']);
  });

  it('groups them under four short headings, in danger first', () => {
    expect(groupedContacts('GB').map((group) => [group.category, group.contacts.map((c) => c.id)])).toEqual([
      ['emergency', ['gb-999']],
      ['report', ['gb-101', 'gb-ceop', 'gb-crimestoppers', 'gb-iwf', 'gb-rhc']],
      ['helpline', ['gb-childline', 'gb-nspcc']],
      ['removal', ['gb-report-remove']],
    ]);
    expect(Object.values(CATEGORY_HEADING).map((key) => getMessage(key))).toEqual([
      'In danger now', 'Report it', 'Talk to someone', 'Get a picture taken down',
    ]);
  });

  it('falls back to "Anywhere else" for an unknown region', () => {
    expect(orderedContacts('XX')).toEqual(orderedContacts('INTL'));
  });
});

describe('phone links', () => {
  it('turns printed numbers into tel: links', () => {
    expect(telHref('999')).toBe('tel:999');
    expect(telHref('0800 1111')).toBe('tel:08001111');
    expect(telHref('1-800-843-5678')).toBe('tel:18008435678');
    expect(telHref('+44 203 879 8560')).toBe('tel:+442038798560');
    expect(telHref('0900-8844')).toBe('tel:09008844');
  });
  it('splits "112 or 999" into two numbers', () => {
    expect(phoneNumbers('112 or 999')).toEqual(['112', '999']);
    expect(phoneNumbers('0800 555 111')).toEqual(['0800 555 111']);
  });
});
