/**
 * Where a country's families get their help: its own region in contacts.json, the EU's for
 * the other EU member states (112 works in all of them by EU law), or none. Pure and small;
 * the time-zone table is elsewhere (guidance/time-zone.ts) so this can be used anywhere.
 */

/** Countries with a region of their own (the Crown dependencies use the UK's 999). */
const OWN_REGION: Record<string, string> = {
  GB: 'GB', UK: 'GB', IM: 'GB', JE: 'GB', GG: 'GB',
  IE: 'IE', US: 'US', CA: 'CA', AU: 'AU', NZ: 'NZ',
  DE: 'DE', FR: 'FR', ES: 'ES', PL: 'PL', IT: 'IT', NL: 'NL',
};

/**
 * The EU's 27 member states (2020 onwards). Only the member states themselves: overseas
 * territories with country codes of their own (RE, GP, …) get no region rather than a guess.
 */
export const EU_MEMBERS: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
];

/** A place Safe Nudge has no help of its own for (India, Mexico, Switzerland…). */
export const OTHER_PLACE = 'OTHER';

/** "DE" → "DE", "AT" → "EU", "IN" → "OTHER"; anything not a two-letter code → null. */
export function regionOfCountry(country: string | null | undefined): string | null {
  if (!country || !/^[A-Za-z]{2}$/.test(country)) return null;
  const code = country.toUpperCase();
  return OWN_REGION[code] ?? (EU_MEMBERS.includes(code) ? 'EU' : OTHER_PLACE);
}

/** Languages spoken (almost) only in one region's country: they say where, with no country part. */
const PLACE_LANGUAGES: Record<string, string> = { cy: 'GB', gd: 'GB' };

/**
 * The place a locale names: its country part ("en-GB" → GB, "fr-CA" → CA, "es-MX" → OTHER),
 * or for Welsh and Scottish Gaelic the UK. A bare language ("en", "de") names no place: null.
 * "es-419" (Latin America) names a region of the world, not a country: OTHER.
 */
export function placeOfLocale(locale: string | null | undefined): string | null {
  if (!locale) return null;
  const [language = '', ...rest] = locale.replace(/_/g, '-').split('-');
  const country = rest.find((part) => /^[A-Za-z]{2}$/.test(part));
  if (country) return regionOfCountry(country);
  if (rest.some((part) => /^\d{3}$/.test(part))) return OTHER_PLACE;
  return PLACE_LANGUAGES[language.toLowerCase()] ?? null;
}

/** "de-DE" → "de". */
export const languageOf = (locale: string) => locale.replace(/_/g, '-').split('-')[0]!.toLowerCase();
