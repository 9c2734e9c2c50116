/**
 * The line beside the popup's region picker: why this region (a guess, the safe fallback, the
 * parent's choice; a policy says so itself) and, when a PIN locks it, where to change it.
 * Shared by Popup.tsx and the first frame (first-frame.ts), so both say the same words.
 */
import type { Translate } from '../../guidance/i18n-api';
import type { RegionSource } from '../../guidance/locale';

const WHY: Record<Exclude<RegionSource, 'policy'>, string> = {
  guess: 'regionWhyGuess',
  fallback: 'regionWhyFallback',
  chosen: 'regionWhyChosen',
};

/** The note, or undefined when there is nothing to say. */
export function regionNote(source: RegionSource, lockedByPin: boolean, t: Translate): string | undefined {
  const why = source === 'policy' ? null : t(WHY[source]);
  const pinNote = lockedByPin ? t('regionLockedByPin') : null;
  return why || pinNote ? [why, pinNote].filter(Boolean).join(' ') : undefined;
}
