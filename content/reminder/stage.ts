/**
 * A reminder made ready when the child presses a control that would be held: built, put in
 * the top layer and laid out, but hidden (`data-staged`: invisible, not hit-testable, not in
 * the accessibility tree). The click then only reveals it, so the reminder is on screen in the
 * click's next frame without laying out the page again. One that is not revealed is taken away.
 */
import type { Kind } from '../../vocabulary/kinds';
import { buildReminder } from './build';
import { current, type OpenReminder, type ReminderHooks } from './current';
import { keep } from './repair';
import { pageHasModal, takeDown } from './top-layer';

/** A staged reminder not revealed within this long is taken away (a press that never clicked). */
export const STAGED_MS = 2000;

/** Takes away a staged reminder that was not revealed. */
export function discardStaged(): void {
  const staged = current.staged;
  if (!staged) return;
  current.staged = null;
  clearTimeout(staged.expiry);
  takeDown(staged.reminder);
}

/**
 * Not while a reminder is open, nor over a page's own modal (a hidden modal would still make
 * the page inert). One already staged for the same wording, untouched, is kept.
 */
export function stageReminder(kind: Kind, turn: number, hooks: ReminderHooks): void {
  const ready = current.staged?.reminder;
  if (current.open || (ready?.kind === kind && ready.turn === turn && ready.host.isConnected && !ready.touchedWhileStaged)) return;
  discardStaged();
  try {
    if (pageHasModal(null)) return;
    const reminder = buildReminder({ kind, turn }, true, hooks);
    keep(reminder);
    current.staged = { reminder, expiry: setTimeout(discardStaged, STAGED_MS) };
  } catch {
    discardStaged();
  }
}

/** The staged reminder, if it was staged for this same kind and wording; no longer staged. */
export function takeStaged(kind: Kind, turn: number): OpenReminder | null {
  const staged = current.staged;
  if (!staged || staged.reminder.kind !== kind || staged.reminder.turn !== turn) {
    discardStaged();
    return null;
  }
  clearTimeout(staged.expiry);
  current.staged = null;
  return staged.reminder;
}
