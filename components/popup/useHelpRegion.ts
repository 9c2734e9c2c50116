/**
 * The region whose help the popup shows, at once: in the first frame, the region the last
 * popup showed (components/popup/last-region.ts) or this computer's guess; then, when the
 * settings and the managed policy answer, the region in force. Nothing is awaited before the
 * first frame.
 */
import { useEffect, useState } from 'preact/hooks';
import { browserGuess, regionChoice, type RegionChoice } from '../../guidance/locale';
import type { Effective } from '../../model/policy';
import { lastRegion, rememberRegion } from './last-region';

/** What is known before any storage answers: the last region shown, else the guess. */
export function firstRegion(): RegionChoice {
  return lastRegion() ?? browserGuess();
}

export function useHelpRegion(effective: Effective | null): RegionChoice {
  const [first] = useState<RegionChoice>(firstRegion);
  const choice = effective ? regionChoice(effective.settings.region, effective.locked.includes('region')) : first;
  useEffect(() => {
    if (effective) rememberRegion(choice);
  }, [effective, choice.region, choice.source]);
  return choice;
}
