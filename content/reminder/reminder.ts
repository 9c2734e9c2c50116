/**
 * The reminder for one held action: a `<safe-nudge>` element whose open shadow root holds a
 * `<dialog role="alertdialog">` in the top layer. This file shows it (revealing the one staged
 * at the press when there is one), takes it down, and hands the child's choice back. The parts:
 * building (build.ts, with views/reminder-card.ts), staging (stage.ts), tamper repair
 * (repair.ts), the top layer (top-layer.ts), focus (focus.ts) and event routing (events.ts).
 */
import type { Kind } from '../../vocabulary/kinds';
import type { CardWords } from '../../views/reminder-card';
import type { ReminderChoice } from '../reminder-loader';
import { buildReminder } from './build';
import { current, READY_MS, type OpenReminder, type ReminderHooks } from './current';
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
  reminder.onChoice(choice, reminder.firm);
}

/** The child pressed a control that would be held: the reminder is made ready, hidden. */
export function stageReminder(kind: Kind, turn: number): void {
  stage(kind, turn, HOOKS);
}

/**
 * Shows the reminder for one held action. Returns false if it could not be shown; the caller
 * then lets the action through, so a failure never costs the child what they did.
 */
export function showReminder(words: CardWords, onChoice: OpenReminder['onChoice']): boolean {
  if (current.open) return false;
  try {
    const returnFocus = deepActiveElement();
    // Only presses are staged, with the ordinary words: a firm reminder, or a send's that names
    // what it saw, is built now.
    const ready = words.firm || words.seen ? (discardStaged(), null) : takeStaged(words.kind, words.turn);
    const reminder = ready ?? buildReminder(words, false, HOOKS);
    if (!ready) keep(reminder);
    Object.assign(reminder, { returnFocus, onChoice, shownAt: performance.now(), pressedAt: -Infinity, pressedOn: null, pressGap: Infinity });
    current.open = reminder;
    if (ready) {
      // Revealed: whatever the page did to it meanwhile is undone, and a modal the page
      // opened since the press is covered.
      ready.host.removeAttribute('data-staged');
      restore(ready, ready.keeper.takeRecords());
      if (pageHasModal(ready.dialog)) reshow(ready);
    }
    focusCancel(reminder);
    // On a busy machine the frame that shows it comes late: the child's time to read starts there.
    // (data-ready marks when its choices count; tests wait for it.)
    requestAnimationFrame((frame) => {
      if (current.open !== reminder) return;
      reminder.shownAt = Math.max(reminder.shownAt, frame);
      setTimeout(() => {
        if (current.open !== reminder) return;
        reminder.host.setAttribute('data-ready', '');
        reminder.keeper.takeRecords();
      }, reminder.shownAt + READY_MS + 1 - performance.now());
    });
    return true;
  } catch {
    if (current.open) closeReminder();
    return false;
  }
}

/**
 * The photo check answered while the reminder was up: it switches to the firm words, in place,
 * with focus on "Not now" again (a screen reader hears the new words). Nothing else changes:
 * the action stays held until the child chooses. `forChoice`: only the reminder shown with
 * that callback (not a later one) may turn firm.
 */
export function makeReminderFirm(forChoice?: OpenReminder['onChoice']): void {
  const reminder = current.open;
  if (!reminder || reminder.firm || (forChoice && reminder.onChoice !== forChoice)) return;
  reminder.firm = true;
  reminder.touchedWhileStaged = true; // restore() rebuilds the dialog, now with the firm words
  restore(reminder);
  focusCancel(reminder);
}
