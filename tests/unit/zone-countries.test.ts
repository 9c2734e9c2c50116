/**
 * The compact zone table (guidance/zone-countries.ts, shipped as data by
 * build/compact-zone-table.ts) gives the region guess what the whole IANA table gives it.
 */
import { getAllTimezones } from 'countries-and-timezones';
import { describe, expect, it } from 'vitest';
import { compactZoneModule, compactZoneTablePlugin } from '../../build/compact-zone-table';
import { OTHER_PLACE, regionOfCountry } from '../../guidance/places';
import { guessRegion } from '../../guidance/region-guess';
import { helpCountryOfTimeZone } from '../../guidance/system-zone';
import { countryOfTimeZone } from '../../guidance/time-zone';
import ZONE_COUNTRIES from '../../guidance/zone-countries';

const ALL_ZONES = Object.keys(getAllTimezones({ deprecated: true }));
const helpRegion = (country: string | null) => {
  const region = regionOfCountry(country);
  return region === OTHER_PLACE ? null : region;
};

describe('the zones of countries with help', () => {
  it('names the same region as the whole table for every zone it knows, old names included', () => {
    expect(ALL_ZONES.length).toBeGreaterThan(400);
    for (const zone of ALL_ZONES) {
      expect(helpRegion(helpCountryOfTimeZone(zone)), zone).toBe(helpRegion(countryOfTimeZone(zone)));
    }
  });

  it.each([
    ['Europe/Berlin', 'DE'], ['Europe/London', 'GB'], ['Europe/Jersey', 'JE'], ['Europe/Vienna', 'AT'], ['America/Chicago', 'US'],
    ['US/Eastern', 'US'], ['America/Toronto', 'CA'], ['Australia/Sydney', 'AU'], ['Pacific/Auckland', 'NZ'], ['Europe/Dublin', 'IE'],
    ['Asia/Kolkata', null], ['Asia/Calcutta', null], ['Europe/Zurich', null], ['America/Mexico_City', null], ['Etc/UTC', null],
    ['UTC', null], ['', null], [null, null], ['Not/AZone', null], ['constructor', null], ['__proto__', null], ['toString', null],
  ])('%s → %s', (zone, country) => {
    expect(helpCountryOfTimeZone(zone)).toBe(country);
  });

  it('guesses the same region as with the whole table, for every zone and a spread of languages', () => {
    for (const zone of ALL_ZONES) {
      for (const languages of [['en-US'], ['en-GB'], ['de'], ['fr-CA'], ['es'], ['pl'], ['cy'], ['hi-IN', 'en'], []]) {
        const whole = guessRegion({ languages, timeZoneCountry: countryOfTimeZone(zone) });
        const compact = guessRegion({ languages, timeZoneCountry: helpCountryOfTimeZone(zone) });
        expect(compact, `${languages} in ${zone}`).toEqual(whole);
      }
    }
  });
});

describe('the build replaces the module with its data', () => {
  it('ships the same map, a fraction of the table, and touches no other file', async () => {
    const plugin = compactZoneTablePlugin() as { transform: (code: string, id: string) => { code: string } | null };
    const shipped = plugin.transform('', '/repo/guidance/zone-countries.ts');
    expect(shipped?.code).toBe(compactZoneModule());
    const module = await import(`data:text/javascript,${encodeURIComponent(shipped!.code)}`);
    expect(module.default).toEqual({ ...ZONE_COUNTRIES });
    expect(module.zoneCountriesWithHelp()).toEqual({ ...ZONE_COUNTRIES });
    expect(shipped!.code.length).toBeLessThan(8_000);
    expect(plugin.transform('export default 1', '/repo/guidance/time-zone.ts')).toBeNull();
    expect(plugin.transform('export default 1', '/repo/guidance/places.ts')).toBeNull();
  });
});
