/**
 * The region guess from this computer's languages and time zone (issue 9, part 1): a region
 * only when the signals agree, or the time zone alone points at a supported region; the safe
 * fallback ("INTL": talk to a grown-up, call your country's emergency number, 112 in the EU)
 * when they disagree or say nothing. Expected regions are written out, not computed.
 */
import { describe, expect, it } from 'vitest';
import { REGIONS, type Contact } from '../../guidance/contacts';
import { phoneNumbers } from '../../guidance/help';
import { placeOfLocale, regionOfCountry } from '../../guidance/places';
import { familyLocale, guessRegion } from '../../guidance/region-guess';
import { countryOfTimeZone } from '../../guidance/time-zone';

const guess = (languages: string[], timeZone: string | null, uiLanguage: string | null = languages[0] ?? null) =>
  guessRegion({ languages, uiLanguage, timeZoneCountry: countryOfTimeZone(timeZone) });

describe('the families of issue 9 (languages + time zone)', () => {
  it.each([
    // languages, time zone, expected region, source
    [['de', 'en-US'], 'Europe/Berlin', 'DE', 'guess'],
    [['en-US'], 'Asia/Kolkata', 'INTL', 'fallback'],
    [['en-US', 'en'], 'America/Chicago', 'US', 'guess'],
    [['en-GB', 'en'], 'Europe/London', 'GB', 'guess'],
    [['fr-CA', 'fr'], 'America/Toronto', 'CA', 'guess'],
    [['es'], 'America/Mexico_City', 'INTL', 'fallback'],
    [['en'], 'Australia/Sydney', 'AU', 'guess'],
    [['pl'], 'Europe/Warsaw', 'PL', 'guess'],
    [['cy'], 'Europe/London', 'GB', 'guess'],
    [['en-GB'], 'Not/AZone', 'INTL', 'fallback'],
    [['en-GB'], null, 'INTL', 'fallback'],
    [['en-GB'], 'Etc/UTC', 'INTL', 'fallback'],
  ] as const)('%j in %s → %s', (languages, zone, region, source) => {
    expect(guess([...languages], zone)).toEqual({ region, source });
  });
});

describe('more families', () => {
  it.each([
    // The other failures: Polish and French families, an American browser in Amsterdam, Spanish in Madrid.
    [['pl', 'en-US'], 'Europe/Warsaw', 'PL'],
    [['fr', 'en-GB'], 'Europe/Paris', 'FR'],
    [['fr-FR', 'en-GB'], 'Europe/Paris', 'FR'],
    [['en-US'], 'Europe/Amsterdam', 'INTL'],
    [['es-ES'], 'Europe/Madrid', 'ES'],
    [['es-ES', 'es'], 'Atlantic/Canary', 'ES'],
    [['it-IT', 'it', 'en'], 'Europe/Rome', 'IT'],
    [['nl-NL', 'nl', 'en-US'], 'Europe/Amsterdam', 'NL'],
    [['de-DE', 'de'], 'Europe/Berlin', 'DE'],
    // Another EU country: its own language or a bare one agree; Germany's German does not.
    [['de-AT', 'de'], 'Europe/Vienna', 'EU'],
    [['de'], 'Europe/Vienna', 'EU'],
    [['de-DE'], 'Europe/Vienna', 'INTL'],
    [['pt-PT'], 'Europe/Lisbon', 'EU'],
    [['sv-SE'], 'Europe/Stockholm', 'EU'],
    [['fr-BE', 'fr'], 'Europe/Brussels', 'EU'],
    // A refinement of the first language counts; a second language does not.
    [['en', 'en-AU'], 'Australia/Sydney', 'AU'],
    [['en', 'en-US'], 'Australia/Sydney', 'INTL'],
    [['en-IE', 'en'], 'Europe/Dublin', 'IE'],
    [['en-GB', 'en'], 'Europe/Dublin', 'INTL'],
    [['en-NZ'], 'Pacific/Auckland', 'NZ'],
    [['en-CA'], 'America/Toronto', 'CA'],
    // Latin American Spanish in Spain, a Mexican in the US, a German family in New York.
    [['es-419', 'es'], 'Europe/Madrid', 'INTL'],
    [['es-MX', 'es'], 'America/Los_Angeles', 'INTL'],
    [['de'], 'America/New_York', 'US'],
    [['pl'], 'Europe/London', 'GB'],
    // Places without help of their own: never a neighbour's.
    [['de-CH', 'de'], 'Europe/Zurich', 'INTL'],
    [['en-IN'], 'Asia/Calcutta', 'INTL'],
    [['en'], 'Asia/Tokyo', 'INTL'],
    [['en-US'], 'America/Puerto_Rico', 'INTL'],
    [['fr'], 'Indian/Reunion', 'INTL'],
    [['en-GB'], 'Europe/Gibraltar', 'INTL'],
    // Old zone names browsers still report.
    [['en-US'], 'US/Eastern', 'US'],
    [['en-GB'], 'GB', 'GB'],
    [['en-GB'], 'Europe/Belfast', 'GB'],
  ])('%j in %s → %s', (languages, zone, region) => {
    expect(guess(languages, zone).region).toBe(region);
  });

  it('uses the UI language when the browser gives no page languages', () => {
    expect(guessRegion({ languages: [], uiLanguage: 'en-US', timeZoneCountry: 'US' }).region).toBe('US');
    expect(guessRegion({ languages: [], uiLanguage: 'en-US', timeZoneCountry: 'IN' }).region).toBe('INTL');
    expect(guessRegion({ languages: [], uiLanguage: 'de-DE', timeZoneCountry: 'AT' }).region).toBe('INTL');
  });

  it("does not count the UI language's country beside page languages (Chrome's English menus are en-GB or en-US everywhere)", () => {
    expect(guess(['en-AU', 'en'], 'Australia/Sydney', 'en-GB').region).toBe('AU');
    expect(guess(['de', 'en-US'], 'Europe/Berlin', 'en-US').region).toBe('DE');
  });
});

describe('the parts', () => {
  it.each([
    ['Europe/Berlin', 'DE'], ['Europe/Amsterdam', 'NL'], ['Asia/Calcutta', 'IN'], ['Asia/Kolkata', 'IN'],
    ['America/Toronto', 'CA'], ['Europe/Zurich', 'CH'], ['Etc/UTC', null], ['UTC', null], ['', null], ['Not/AZone', null],
  ])('time zone %s is in %s', (zone, country) => {
    expect(countryOfTimeZone(zone)).toBe(country);
  });

  it.each([
    ['GB', 'GB'], ['JE', 'GB'], ['IE', 'IE'], ['DE', 'DE'], ['NL', 'NL'], ['AT', 'EU'], ['MT', 'EU'], ['HR', 'EU'],
    ['CH', 'OTHER'], ['NO', 'OTHER'], ['IN', 'OTHER'], ['RE', 'OTHER'], ['x', null], [null, null],
  ])('country %s → region %s', (country, region) => {
    expect(regionOfCountry(country)).toBe(region);
  });

  it.each([
    ['en-GB', 'GB'], ['en_GB', 'GB'], ['fr-CA', 'CA'], ['ga-IE', 'IE'], ['cy', 'GB'], ['gd', 'GB'], ['de-AT', 'EU'],
    ['es-419', 'OTHER'], ['en-IN', 'OTHER'], ['en', null], ['de', null], ['zh-Hant-TW', 'OTHER'], ['', null],
  ])('locale %s names %s', (locale, place) => {
    expect(placeOfLocale(locale)).toBe(place);
  });

  it('reads the first language, made precise by a later entry of the same language', () => {
    expect(familyLocale(['en', 'fr-FR', 'en-AU'])).toBe('en-AU');
    expect(familyLocale(['de', 'en-US'])).toBe('de');
    expect(familyLocale([], 'pl')).toBe('pl');
    expect(familyLocale([])).toBeNull();
  });
});

describe("never another country's emergency number", () => {
  const emergency = (code: string) =>
    (REGIONS[code]?.contacts ?? []).filter((c: Contact) => c.emergency && c.phone).flatMap((c) => phoneNumbers(c.phone!));
  const ZONES = [
    'Europe/Berlin', 'Europe/London', 'Europe/Paris', 'Europe/Madrid', 'Europe/Warsaw', 'Europe/Rome', 'Europe/Amsterdam',
    'Europe/Vienna', 'Europe/Dublin', 'Europe/Zurich', 'America/Chicago', 'America/Toronto', 'America/Mexico_City',
    'Asia/Kolkata', 'Australia/Sydney', 'Pacific/Auckland', 'Africa/Lagos', 'Etc/UTC',
  ];
  const LANGUAGES = [['en-US'], ['en-GB'], ['en'], ['de'], ['de-DE'], ['fr-FR'], ['fr-CA'], ['es'], ['es-MX'], ['pl'], ['it'], ['nl'], ['cy'], ['en-AU'], ['hi-IN', 'en']];

  it('every guess is the time zone\'s own region or the fallback, whose card names no number but 112 for the EU', () => {
    for (const zone of ZONES) {
      const where = regionOfCountry(countryOfTimeZone(zone));
      for (const languages of LANGUAGES) {
        const { region } = guess(languages, zone);
        expect([where, 'INTL'], `${languages} in ${zone}`).toContain(region);
        expect(emergency(region).every((number) => where && emergency(where).includes(number)), `${languages} in ${zone}`).toBe(true);
      }
    }
  });
});
