/**
 * Building the reminder in a page: the shared card (views/reminder-card.ts) with the "Get
 * help" card that asks the background for the region's numbers, inside a `<safe-nudge>`
 * element's open shadow root, hung off <html> and put in the top layer.
 */
import { buildReminderCard, type CardWords } from '../../views/reminder-card';
import { REMINDER_CSS } from '../../views/styles';
import { message } from '../ext';
import { HELP_ID, type OpenReminder, type ReminderHooks } from './current';
import { createHost, mountPoint } from './dom';
import { buildHelpCard } from './help';
import { pageHasModal, present } from './top-layer';

export function buildDialog(words: CardWords): HTMLDialogElement {
  const dialog = buildReminderCard({ ...words, text: message, help: buildHelpCard(HELP_ID) });
  dialog.setAttribute('popover', 'manual');
  return dialog;
}

/** The dialog's own events: a close we did not make is the page's doing; Escape is the child's "not now". */
export function listenToDialog(reminder: OpenReminder): void {
  const { dialog } = reminder;
  const closed = () => {
    if (reminder.dialog === dialog) reminder.hooks.closed(reminder);
  };
  dialog.addEventListener('close', closed);
  dialog.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed' && !dialog.open) closed();
  });
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    if (event.isTrusted) reminder.hooks.cancelled();
  });
}

/** Builds the reminder and puts it in the top layer (hidden when staged); not yet watched. */
export function buildReminder(words: CardWords, hidden: boolean, hooks: ReminderHooks): OpenReminder {
  const { kind, turn, firm = false, seen } = words;
  const { host, root, style } = createHost(hidden ? { 'data-kind': kind, 'data-staged': '' } : { 'data-kind': kind }, REMINDER_CSS);
  const dialog = buildDialog(words);
  root.append(dialog);
  mountPoint().append(host);
  try {
    present(dialog, pageHasModal(null));
  } catch (error) {
    host.remove();
    throw error;
  }
  const reminder: OpenReminder = {
    kind, turn, firm, seen, host, root, style, dialog, returnFocus: null, onChoice: () => undefined, shownAt: 0, pressedAt: -Infinity,
    pressedOn: null, pressGap: Infinity, selfCloses: 0,
    touchedWhileStaged: false, hooks,
    keeper: new MutationObserver((records) => reminder.hooks.changed(reminder, records)),
  };
  return reminder;
}
