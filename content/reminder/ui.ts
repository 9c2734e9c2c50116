/**
 * Everything that runs only once an action is held: the reminder, the note, and writing down
 * the child's choice. It is built as a file of its own (content-scripts/reminder-ui.js, see
 * build/content-bundles.ts) that the page script loads when it first needs it
 * (content/reminder-loader.ts), so the script every social page loads stays small.
 */
import type { ReminderUI } from '../reminder-loader';
import { closeReminder, showReminder, stageReminder } from './reminder';
import { discardStaged } from './stage';
import { guardFocus, guardTopLayer, handleReminderEvent } from './events';
import { handleNoteEvent, showNote } from './note';
import { recordChoice, rememberPerson } from '../record';
import { isStoredKnown } from '../../model/known-people';

export const ui: ReminderUI = {
  showReminder,
  closeReminder,
  stageReminder,
  discardStaged,
  showNote,
  handleEvent: (event) => handleReminderEvent(event) || handleNoteEvent(event),
  guardFocus,
  guardTopLayer,
  recordChoice,
  rememberPerson,
  isStoredKnown,
};
