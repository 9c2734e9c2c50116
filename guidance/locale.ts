/**
 * The region whose help is shown, and why: a family's policy, the parent's choice, or a guess
 * from this computer's languages and time zone (guidance/region-guess.ts). Read from the
 * browser synchronously, so a page can show help before any storage answers.
 */
import { browser } from 'wxt/browser';
import { REGION_CODES } from './contacts';
import { guessRegion, type RegionGuess, type RegionSignals } from './region-guess';
import { helpCountryOfTimeZone, systemTimeZone } from './system-zone';

export function browserSignals(): RegionSignals {
  const languages = typeof navigator !== 'undefined' ? [...(navigator.languages ?? [])] : [];
  if (languages.length === 0 && typeof navigator !== 'undefined' && navigator.language) languages.push(navigator.language);
  let uiLanguage: string | null = null;
  try {
    uiLanguage = browser.i18n.getUILanguage() || null;
  } catch {
    // No i18n API (tests without a browser): the page's languages are enough.
  }
  return { languages, uiLanguage, timeZoneCountry: helpCountryOfTimeZone(systemTimeZone()) };
}

/** This computer's guess (no storage involved). */
export function browserGuess(signals: RegionSignals = browserSignals()): RegionGuess {
  return guessRegion(signals);
}

/** policy: a family's managed policy set it; chosen: the parent picked it. */
export type RegionSource = 'policy' | 'chosen' | RegionGuess['source'];

export interface RegionChoice {
  region: string;
  source: RegionSource;
}

/** The region in force: a valid stored or policy value, otherwise the guess. */
export function regionChoice(
  stored: string | null,
  lockedByPolicy = false,
  guess: () => RegionGuess = browserGuess,
): RegionChoice {
  if (stored && REGION_CODES.includes(stored)) return { region: stored, source: lockedByPolicy ? 'policy' : 'chosen' };
  return guess();
}

/** The region in force (see regionChoice). */
export function familyRegion(stored: string | null, guess: () => RegionGuess = browserGuess): string {
  return regionChoice(stored, false, guess).region;
}
