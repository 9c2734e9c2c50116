/**
 * Everything that runs only once an action is held: the reminder, the note, and writing down
 * the child's choice. It is built as a file of its own (content-scripts/reminder-ui.js, see
 * build/content-bundles.ts) that the page script loads when it first needs it
 * (content/reminder-loader.ts), so the script every social page loads stays small.
 */
import type { ReminderChoice, ReminderUI } from '../reminder-loader';
import { closeReminder, makeReminderFirm, showReminder, stageReminder } from './reminder';
import { discardStaged } from './stage';
import { guardFocus, guardTopLayer, handleReminderEvent } from './events';
import { checkPhotos, gatePhotos, warmPhotoCheck } from '../photo/check';
import { handleNoteEvent, showNote } from './note';
import { recordChoice, rememberPerson } from '../record';
import { isStoredKnown } from '../../model/known-people';

export const ui: ReminderUI = {
  showReminder(words, { site, person, href }, settle, files) {
    const onChoice = (choice: ReminderChoice, firm?: boolean) => {
      // Never deliver into a different page than the one the child acted on.
      const deliver = choice === 'continue' && location.href === href;
      if (!settle(deliver)) return; // no longer held (the page moved on): nothing to write down
      if (deliver && person) void ui.rememberPerson(site, person);
      // A "continue" that could not be delivered (the page moved on) did nothing: counted as not now.
      void ui.recordChoice(firm ? 'photo-firm' : words.kind, site, deliver || choice === 'cancel' ? choice : 'cancel');
    };
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
