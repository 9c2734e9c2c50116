/**
 * The region whose help the popup shows, at once: in the first frame, the region the last
 * popup showed (components/popup/last-region.ts) or this computer's guess; then, when the
 * settings and the managed policy answer, the region in force. Nothing is awaited before the
 * first frame.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { regionChoice, type RegionChoice } from '../../guidance/locale';
import type { Effective } from '../../model/policy';
import { firstRegion } from './first-region';
import { rememberRegion } from './last-region';

/** What is known before any storage answers: the last region shown, else the guess (as the first frame). */
const knownAtOnce = (): RegionChoice => firstRegion(() => browser.i18n.getUILanguage());

export function useHelpRegion(effective: Effective | null): RegionChoice {
  const [first] = useState<RegionChoice>(knownAtOnce);
  const choice = effective ? regionChoice(effective.settings.region, effective.locked.includes('region')) : first;
  useEffect(() => {
    if (effective) rememberRegion(choice);
  }, [effective, choice.region, choice.source]);
  return choice;
}
