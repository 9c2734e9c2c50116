/**
 * The reminder for one held action: a `<safe-nudge>` element whose open shadow root holds a
 * `<dialog role="alertdialog">` in the top layer. This file shows it (revealing the one staged
 * at the press when there is one), takes it down, and hands the child's choice back. The parts:
 * building (build.ts, with views/reminder-card.ts), staging (stage.ts), tamper repair
 * (repair.ts), the top layer (top-layer.ts), focus (focus.ts) and event routing (events.ts).
 */
import type { Kind, PersonalCategory } from '../../vocabulary/kinds';
import type { ReminderChoice } from '../reminder-loader';
import { buildReminder } from './build';
import { current, READY_MS, type ReminderHooks } from './current';
import { deepActiveElement } from './dom';
import { focusCancel } from './focus';
import { keep, onClosed, onMutations, restore } from './repair';
import { discardStaged, stageReminder as stage, takeStaged } from './stage';
import { pageHasModal, reshow, takeDown } from './top-layer';

const HOOKS: ReminderHooks = { changed: onMutations, closed: onClosed, cancelled: () => choose('cancel') };

/** Takes the reminder down without a choice (the page navigated away). */
export function closeReminder(): void {
  discardStaged();
  const reminder = current.open;
  if (!reminder) return;
  current.open = null;
  takeDown(reminder);
}

/** The child chose: the reminder goes, focus returns to what they pressed, the held action learns the answer. */
export function choose(choice: ReminderChoice): void {
  const reminder = current.open;
  if (!reminder) return;
  closeReminder();
  if (reminder.returnFocus instanceof HTMLElement && reminder.returnFocus.isConnected) {
    reminder.returnFocus.focus({ preventScroll: true });
  }
  reminder.onChoice(choice);
}

/** The child pressed a control that would be held: the reminder is made ready, hidden. */
export function stageReminder(kind: Kind, turn: number): void {
  stage(kind, turn, HOOKS);
}

/**
 * Shows the reminder for one held action. Returns false if it could not be shown; the caller
 * then lets the action through, so a failure never costs the child what they did.
 */
export function showReminder(kind: Kind, turn: number, onChoice: (choice: ReminderChoice) => void, seen?: PersonalCategory): boolean {
  if (current.open) return false;
  try {
    const returnFocus = deepActiveElement();
    // Only presses are staged; a send's reminder names what it saw, so it is built now.
    const ready = seen ? null : takeStaged(kind, turn);
    const reminder = ready ?? buildReminder(kind, turn, false, HOOKS, seen);
    if (!ready) keep(reminder);
    Object.assign(reminder, { returnFocus, onChoice, shownAt: performance.now() });
    current.open = reminder;
    if (ready) {
      // Revealed: whatever the page did to it meanwhile is undone, and a modal the page
      // opened since the press is covered.
      ready.host.removeAttribute('data-staged');
      restore(ready, ready.keeper.takeRecords());
      if (pageHasModal(ready.dialog)) reshow(ready);
    }
    focusCancel(reminder);
    setTimeout(() => {
      if (current.open !== reminder) return;
      reminder.host.setAttribute('data-ready', '');
      reminder.keeper.takeRecords();
    }, READY_MS);
    return true;
  } catch {
    if (current.open) closeReminder();
    return false;
  }
}
