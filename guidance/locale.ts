/**
 * The browser's locales, most preferred first. The page's languages (the user's ordered
 * list) come before the UI language: Chrome has no en-AU or en-NZ interface, so an
 * Australian's browser may show en-GB menus while asking sites for en-AU.
 */
import { browser } from 'wxt/browser';
import { FALLBACK_REGION, REGION_CODES } from './contacts';
import { regionFromLocale } from './region';

export function browserLocales(): string[] {
  const list: string[] = [];
  if (typeof navigator !== 'undefined') list.push(...(navigator.languages ?? []), navigator.language);
  try {
    list.push(browser.i18n.getUILanguage());
  } catch {
    // No i18n API (tests without a browser): the page's languages are enough.
  }
  return list.filter(Boolean);
}

const namesCountry = (locale: string) =>
  locale.split(/[-_]/).slice(1).some((part) => /^[A-Za-z]{2}$/.test(part));

/**
 * The region of the first locale that says where the family is (a country, or Welsh or
 * Gaelic). Only the first: a French family who also reads en-GB must not get the UK's 999.
 * Bare languages ("en", "fr") say nothing about where, so they are skipped.
 */
export function regionFromLocales(locales: readonly string[]): string {
  for (const locale of locales) {
    const region = regionFromLocale(locale);
    if (region !== FALLBACK_REGION || namesCountry(locale)) return region;
  }
  return FALLBACK_REGION;
}

/** The stored choice when valid, otherwise the browser's locales. */
export function familyRegion(stored: string | null, locales = browserLocales()): string {
  return stored && REGION_CODES.includes(stored) ? stored : regionFromLocales(locales);
}
