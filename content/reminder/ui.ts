/**
 * Everything that runs only once an action is held: the reminder, the note, and writing down
 * the child's choice. It is built as a file of its own (content-scripts/reminder-ui.js, see
 * build/content-bundles.ts) that the page script loads when it first needs it
 * (content/reminder-loader.ts), so the script every social page loads stays small.
 */
import type { ReminderUI } from '../reminder-loader';
import { closeReminder, makeReminderFirm, showReminder, stageReminder } from './reminder';
import { discardStaged } from './stage';
import { guardFocus, guardTopLayer, handleReminderEvent } from './events';
import { checkPhotos, gatePhotos, warmPhotoCheck } from '../photo/check';
import { handleNoteEvent, showNote } from './note';
import { recordChoice, rememberPerson } from '../record';
import { isStoredKnown } from '../../model/known-people';

export const ui: ReminderUI = {
  showReminder(words, onChoice, files) {
    const shown = showReminder(words, onChoice);
    // Only this reminder (not a later one) may turn firm when the check answers.
    if (shown && files && !words.firm) checkPhotos(files).then((verdict) => verdict === 'firm' && makeReminderFirm(onChoice), () => undefined);
    return shown;
  },
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
  gatePhotos,
  warmPhotoCheck,
};
