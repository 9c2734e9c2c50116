/**
 * Time zone → country, for the zones whose country has help in Safe Nudge (a region of its own,
 * or the EU's), from the IANA table as kept by the countries-and-timezones package, old names
 * included (US/Eastern, Europe/Belfast). Every other
 * zone gives no country, and the region guess treats "no country" and "a country without help"
 * alike (the safe fallback), so the guess is the same as with the whole table.
 *
 * Here it is computed from the package, so tests and tools see the maintained table; builds
 * replace this module with the computed map (build/compact-zone-table.ts): extension pages
 * ship a few kB instead of the 41 kB table, and it stays up to date with each package update.
 */
import { getAllTimezones, getCountryForTimezone } from 'countries-and-timezones';
import { OTHER_PLACE, regionOfCountry } from './places';

export function zoneCountriesWithHelp(): Record<string, string> {
  const map: Record<string, string> = {};
  for (const zone of Object.keys(getAllTimezones({ deprecated: true })).sort()) {
    const country = getCountryForTimezone(zone)?.id;
    const region = regionOfCountry(country);
    if (country && region && region !== OTHER_PLACE) map[zone] = country;
  }
  return map;
}

const ZONE_COUNTRIES: Readonly<Record<string, string>> = zoneCountriesWithHelp();
export default ZONE_COUNTRIES;
