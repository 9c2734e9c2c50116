/**
 * Warning signs across one open conversation. Flattery and urgency often come in two messages
 * ("you're so pretty" … "answer me now"), so each message's halves are kept for the next one;
 * nothing else of a message is kept (no words).
 */
import { SIGN_IDS, type SignId } from '../types';
import { readSigns } from './detect';

/** How many earlier messages a half of flattery-urgency is remembered for. */
export const CUE_WINDOW = 1;

export class ConversationSigns {
  private recent: { flattery: boolean; urgency: boolean }[] = [];

  /** The signs of a new incoming message, given the messages just before it. */
  read(text: string): SignId[] {
    const result = readSigns(text);
    const signs = new Set(result.signs);
    const before = this.recent;
    if ((result.flattery && before.some((cue) => cue.urgency)) || (result.urgency && before.some((cue) => cue.flattery))) signs.add('flattery-urgency');
    this.recent = [...before, { flattery: result.flattery, urgency: result.urgency }].slice(-CUE_WINDOW);
    return SIGN_IDS.filter((sign) => signs.has(sign));
  }
}
