/** The family's region: from the browser's locales on first run, the parent's choice after. */
import { describe, expect, it } from 'vitest';
import { REGIONS, REGION_CODES, type Contact } from '../../guidance/contacts';
import { orderedContacts, phoneNumbers } from '../../guidance/help';
import { familyRegion, regionFromLocales } from '../../guidance/locale';
import { regionFromLocale } from '../../guidance/region';

describe('regionFromLocale', () => {
  it.each([
    ['en-GB', 'GB'], ['en-US', 'US'], ['en-AU', 'AU'], ['en-IE', 'IE'], ['ga-IE', 'IE'],
    ['en-CA', 'CA'], ['fr-CA', 'CA'], ['en-NZ', 'NZ'], ['cy', 'GB'], ['cy-GB', 'GB'],
    ['en_GB', 'GB'], ['de-DE', 'INTL'], ['fr-FR', 'INTL'], ['en', 'INTL'], ['', 'INTL'],
  ])('%s → %s', (locale, region) => {
    expect(regionFromLocale(locale)).toBe(region);
  });
});

describe('regionFromLocales', () => {
  it('uses the first locale that names a country', () => {
    expect(regionFromLocales(['en', 'en-AU', 'en-GB'])).toBe('AU');
  });
  it('never falls through to a later country: a French family who also reads en-GB gets "Anywhere else"', () => {
    expect(regionFromLocales(['fr-FR', 'en-GB'])).toBe('INTL');
  });
  it('answers "Anywhere else" with nothing to go on', () => {
    expect(regionFromLocales([])).toBe('INTL');
    expect(regionFromLocales(['en', 'fr'])).toBe('INTL');
  });
});

describe('familyRegion', () => {
  it('prefers the remembered choice over the browser', () => {
    expect(familyRegion('NZ', ['en-GB'])).toBe('NZ');
  });
  it('ignores an unknown remembered value', () => {
    expect(familyRegion('XX', ['en-US'])).toBe('US');
    expect(familyRegion(null, ['en-US'])).toBe('US');
  });
});

describe("never another country's emergency number", () => {
  const emergencyNumbers = (contacts: Contact[]) =>
    contacts.filter((contact) => contact.emergency).flatMap((contact) => phoneNumbers(contact.phone!));
  const everyEmergencyNumber = emergencyNumbers(Object.values(REGIONS).flatMap((region) => region.contacts));

  it.each(REGION_CODES.filter((code) => code !== 'INTL'))('%s starts with its own emergency number', (code) => {
    const [first] = orderedContacts(code);
    expect(first?.emergency).toBe(true);
    expect(REGIONS[code]!.contacts).toContain(first);
  });

  it.each(REGION_CODES)("%s shows only its own contacts, with no other region's emergency number", (code) => {
    const shown = orderedContacts(code);
    expect(new Set(shown)).toEqual(new Set(REGIONS[code]!.contacts));
    const own = emergencyNumbers(shown);
    const others = everyEmergencyNumber.filter((number) => !own.includes(number));
    const numbers = shown.flatMap((contact) => phoneNumbers(contact.phone ?? ''));
    expect(numbers.filter((number) => others.includes(number))).toEqual([]);
  });
});
