/**
 * Everything that runs only once an action is held: what happens next (ask.ts), the reminder,
 * the note, and writing down the child's choice. It is built as a file of its own
 * (content-scripts/reminder-ui.js, see build/content-bundles.ts) that the page script loads
 * when it first needs it (content/reminder-loader.ts), so the script every social page loads
 * stays small.
 */
import type { ReminderUI } from '../reminder-loader';
import { ask, note } from './ask';
import { closeReminder, stageReminder } from './reminder';
import { discardStaged } from './stage';
import { guardFocus, guardTopLayer, handleReminderEvent } from './events';
import { warmBeforeChoice } from '../photo/check';
import { handleNoteEvent, showNote } from './note';
import { recordChoice, rememberPerson } from '../record';
import { findAgain } from './refind';

export const ui: ReminderUI = {
  ask: (request) => ask(request, ui),
  note: (attempt, known) => note(attempt, known, ui),
  closeReminder,
  stageReminder,
  discardStaged,
  showNote,
  handleEvent: (event) => handleReminderEvent(event) || handleNoteEvent(event),
  guardFocus,
  guardTopLayer,
  recordChoice,
  rememberPerson,
  warmPhotoCheck: warmBeforeChoice,
  findAgain,
};
