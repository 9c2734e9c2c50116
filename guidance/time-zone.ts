/**
 * The computer's time zone and the country it belongs to, from the IANA time-zone table as
 * kept by the countries-and-timezones package (MIT, updated with each tzdb release). Old
 * names that browsers still report (Asia/Calcutta, Europe/Kiev) are in it as aliases.
 *
 * The full table (about 40 KB) is for tests and tools: extension pages read only the zones of
 * the countries Safe Nudge has help for (guidance/zone-countries.ts, a few kB, made from the
 * same table at build time). Never in the page script, which has a size budget
 * (scripts/check-size.mjs checks the table stays out of it).
 */
import { getCountryForTimezone } from 'countries-and-timezones';

export { systemTimeZone } from './system-zone';

/**
 * The country a zone belongs to: its main country in the table (Europe/Berlin → DE, although
 * Denmark's old zone name now links to it; Europe/Amsterdam → NL). Zones of no country (UTC,
 * Etc/GMT+5) and unknown names give null.
 */
export function countryOfTimeZone(zone: string | null | undefined): string | null {
  if (!zone) return null;
  return getCountryForTimezone(zone)?.id ?? null;
}
