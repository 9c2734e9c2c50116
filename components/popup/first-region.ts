/**
 * The region the popup shows before any storage answers: the region the last popup showed
 * (last-region.ts), else this computer's guess. Without `wxt/browser`, so the first-frame
 * script can use it; the Preact popup (useHelpRegion.ts) asks the same function, so both
 * frames show the same region.
 */
import type { RegionChoice } from '../../guidance/locale';
import { guessRegion } from '../../guidance/region-guess';
import { readRegionSignals } from '../../guidance/region-signals';
import { lastRegion } from './last-region';

export function firstRegion(uiLanguage: () => string | null | undefined): RegionChoice {
  return lastRegion() ?? guessRegion(readRegionSignals(uiLanguage));
}
