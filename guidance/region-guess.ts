/**
 * Which region's help to show before a parent has chosen, from what the browser says without
 * asking anyone: the languages the family reads and the country of the computer's time zone.
 *
 * A child must never be told another country's emergency number, so a region is chosen only
 * when the signals agree, or when the time zone alone points at a region and no language
 * says otherwise. When they disagree, or the time zone says nothing, the answer is the safe
 * fallback ("Anywhere else": talk to a grown-up you trust, call your country's emergency
 * number; in the EU, 112) and the parent is asked to choose.
 *
 * - The time zone says where the computer is. It is the main signal.
 * - The languages say which country's variant of a language the family reads: the first page
 *   language, made precise by a later entry of the same language (["en", "en-AU"] → en-AU).
 *   Later languages are what the family also reads (a German's "de, en-US" is not American).
 * - The browser's own UI language stands in for the page languages when there are none. Its
 *   country is not a sign of where: browsers offer few regional UIs, so Chrome's menus are
 *   en-GB for Australians, Irish and Indians alike, and en-US for much of the world. Counted,
 *   it would send most Australians (en-AU pages, en-GB menus) to the fallback and tell us
 *   nothing true about the rest.
 * Pure: the signals are passed in (guidance/locale.ts reads them from the browser).
 */
import { FALLBACK_REGION } from './contacts';
import { OTHER_PLACE, languageOf, placeOfLocale, regionOfCountry } from './places';

export interface RegionSignals {
  /** navigator.languages, most preferred first. */
  languages: readonly string[];
  /** browser.i18n.getUILanguage(), if there is one. */
  uiLanguage?: string | null;
  /** The country of the computer's time zone (guidance/system-zone.ts), or null; a country without help may be null too. */
  timeZoneCountry: string | null;
}

/** guess: the signals agree (or the time zone alone says); fallback: they disagree or say nothing. */
export type GuessSource = 'guess' | 'fallback';

export interface RegionGuess {
  region: string;
  source: GuessSource;
}

/** The locale that says which variant of their first language the family reads. */
export function familyLocale(languages: readonly string[], uiLanguage?: string | null): string | null {
  const list = languages.filter(Boolean);
  const first = list[0] ?? uiLanguage ?? null;
  if (!first || placeOfLocale(first)) return first;
  const language = languageOf(first);
  return list.slice(1).find((locale) => languageOf(locale) === language && placeOfLocale(locale)) ?? first;
}

export function guessRegion({ languages, uiLanguage, timeZoneCountry }: RegionSignals): RegionGuess {
  const fallback: RegionGuess = { region: FALLBACK_REGION, source: 'fallback' };
  const where = regionOfCountry(timeZoneCountry);
  if (!where || where === OTHER_PLACE) return fallback;
  const said = placeOfLocale(familyLocale(languages, uiLanguage));
  if (said && said !== where) return fallback;
  return { region: where, source: 'guess' };
}
