/**
 * What the region guess reads from the browser (guidance/region-guess.ts): the page languages,
 * the browser's UI language and the country of the computer's time zone, all synchronous.
 * No `wxt/browser` here: the popup's first-frame script (components/popup/first-frame.ts)
 * reads the same signals without webextension-polyfill, from the browser's own i18n API.
 */
import type { RegionSignals } from './region-guess';
import { helpCountryOfTimeZone, systemTimeZone } from './system-zone';

/** `uiLanguage`: the browser's UI language (i18n.getUILanguage()); it may throw or be missing (tests). */
export function readRegionSignals(uiLanguage: () => string | null | undefined): RegionSignals {
  const languages = typeof navigator !== 'undefined' ? [...(navigator.languages ?? [])] : [];
  if (languages.length === 0 && typeof navigator !== 'undefined' && navigator.language) languages.push(navigator.language);
  let ui: string | null = null;
  try {
    ui = uiLanguage() || null;
  } catch {
    // No i18n API (tests without a browser): the page's languages are enough.
  }
  return { languages, uiLanguage: ui, timeZoneCountry: helpCountryOfTimeZone(systemTimeZone()) };
}
