/**
 * The region whose help is shown, and why: a family's policy, the parent's choice, or a guess
 * from this computer's languages and time zone (guidance/region-guess.ts). Read from the
 * browser synchronously, so a page can show help before any storage answers.
 */
import { browser } from 'wxt/browser';
import { REGION_CODES } from './contacts';
import { guessRegion, type RegionGuess, type RegionSignals } from './region-guess';
import { readRegionSignals } from './region-signals';

export function browserSignals(): RegionSignals {
  return readRegionSignals(() => browser.i18n.getUILanguage());
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
