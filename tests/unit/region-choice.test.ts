/** The family's region: a policy's, the parent's choice, or the guess (tests/unit/region-guess.test.ts); each region's own help only. */
import { describe, expect, it } from 'vitest';
import { REGIONS, REGION_CODES, type Contact } from '../../guidance/contacts';
import { orderedContacts, phoneNumbers } from '../../guidance/help';
import { familyRegion, regionChoice } from '../../guidance/locale';

describe('regionChoice', () => {
  const guessed = () => ({ region: 'DE', source: 'guess' as const });
  it("prefers the parent's choice over the guess, and says so", () => {
    expect(regionChoice('NZ', false, guessed)).toEqual({ region: 'NZ', source: 'chosen' });
    expect(familyRegion('NZ', guessed)).toBe('NZ');
  });
  it("says when a family's policy set it", () => {
    expect(regionChoice('US', true, guessed)).toEqual({ region: 'US', source: 'policy' });
  });
  it('ignores an unknown remembered value and guesses', () => {
    expect(regionChoice('XX', false, guessed)).toEqual({ region: 'DE', source: 'guess' });
    expect(familyRegion(null, guessed)).toBe('DE');
  });
  it('lists every region of contacts.json once, "Anywhere else" last', () => {
    expect(REGION_CODES).toEqual(['GB', 'IE', 'US', 'CA', 'AU', 'NZ', 'DE', 'FR', 'ES', 'PL', 'IT', 'NL', 'EU', 'INTL']);
    expect([...REGION_CODES].sort()).toEqual(Object.keys(REGIONS).sort());
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
