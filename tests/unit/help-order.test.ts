/** "Get help now": order, one plain line for every contact, and one-tap links. */
import { describe, expect, it } from 'vitest';
import { REGIONS, REGION_CODES } from '../../guidance/contacts';
import {
  CONTACT_CATEGORY, contactLineKey, orderedContacts, phoneNumbers, telHref,
} from '../../guidance/help';
import { getMessage } from './setup';

const allContacts = Object.values(REGIONS).flatMap((region) => region.contacts);

describe('contact categories and lines', () => {
  it.each(allContacts.map((contact) => [contact.id, contact] as const))('%s has a category and a line', (id, contact) => {
    expect(CONTACT_CATEGORY[id] ?? (contact.emergency ? 'emergency' : undefined)).toBeDefined();
    expect(getMessage(contactLineKey(id))).not.toBe('');
  });

  it('lists no category for a contact that is not in the file', () => {
    const ids = new Set(allContacts.map((contact) => contact.id));
    expect(Object.keys(CONTACT_CATEGORY).filter((id) => !ids.has(id))).toEqual([]);
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
    expect([...REGION_CODES].sort()).toEqual(['AU', 'CA', 'GB', 'IE', 'INTL', 'NZ', 'US']);
  });

  it('puts the UK in the order a parent needs it', () => {
    expect(orderedContacts('GB').map((contact) => contact.id)).toEqual([
      'gb-999', 'gb-101', 'gb-ceop', 'gb-crimestoppers', 'gb-iwf', 'gb-rhc',
      'gb-childline', 'gb-nspcc', 'gb-report-remove',
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
  });
  it('splits "112 or 999" into two numbers', () => {
    expect(phoneNumbers('112 or 999')).toEqual(['112', '999']);
    expect(phoneNumbers('0800 555 111')).toEqual(['0800 555 111']);
  });
});
