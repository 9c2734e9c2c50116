/**
 * Puts the warning-sign note up and counts it as a note in the weekly counts. Part of the chat
 * check (content-scripts/chat-check.js), which has room for it; the reminder UI's file is at its
 * size budget. A note that cannot be shown is not counted: the chat goes on as without Safe Nudge.
 */
import type { SignId } from '../../chat/types';
import { showSignNote as show } from '../reminder/sign-note';
import { recordChoice } from '../record';

export function showSignNote(sign: SignId, site: string): void {
  if (show(sign)) void recordChoice('warning-signs', site, 'note');
}
