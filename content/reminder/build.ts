/**
 * Building the reminder in a page: the shared card (views/reminder-card.ts) with the "Get
 * help" card that asks the background for the region's numbers, inside a `<safe-nudge>`
 * element's open shadow root, hung off <html> and put in the top layer.
 */
import type { Kind, PersonalCategory } from '../../vocabulary/kinds';
import { buildReminderCard } from '../../views/reminder-card';
import { REMINDER_CSS } from '../../views/styles';
import { message } from '../ext';
import { HELP_ID, type OpenReminder, type ReminderHooks } from './current';
import { createHost, mountPoint } from './dom';
import { buildHelpCard } from './help';
import { pageHasModal, present } from './top-layer';

export function buildDialog(kind: Kind, turn: number, seen?: PersonalCategory): HTMLDialogElement {
  const dialog = buildReminderCard({ kind, turn, seen, text: message, help: buildHelpCard(HELP_ID) });
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
export function buildReminder(kind: Kind, turn: number, hidden: boolean, hooks: ReminderHooks, seen?: PersonalCategory): OpenReminder {
  const { host, root, style } = createHost(hidden ? { 'data-kind': kind, 'data-staged': '' } : { 'data-kind': kind }, REMINDER_CSS);
  const dialog = buildDialog(kind, turn, seen);
  root.append(dialog);
  mountPoint().append(host);
  try {
    present(dialog, pageHasModal(null));
  } catch (error) {
    host.remove();
    throw error;
  }
  const reminder: OpenReminder = {
    kind, turn, seen, host, root, style, dialog, returnFocus: null, onChoice: () => undefined, shownAt: 0, selfCloses: 0,
    touchedWhileStaged: false, hooks,
    keeper: new MutationObserver((records) => reminder.hooks.changed(reminder, records)),
  };
  return reminder;
}
