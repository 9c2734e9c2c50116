/**
 * One held action at a time. Holding means: the event is stopped before the page sees it, a
 * reminder asks the child, and then the action is either delivered once ("continue") or
 * cancelled cleanly ("not now"). If the reminder can't be shown, the action is delivered:
 * a failure of Safe Nudge never costs the child what they did.
 */
import type { Kind } from '../sites/types';
import { decide, isKnownPerson, recordChoice, rememberPerson, shownCount } from '../state';
import { closeReminder, showReminder } from '../reminder/reminder';
import { showNote } from '../reminder/note';

export interface HeldAction {
  /** Deliver exactly what the child did, once. */
  release(): void;
  /** Undo any trace of it (an emptied file input, a drop zone reset). */
  cancel(): void;
}

export interface Attempt {
  kind: Kind;
  site: string;
  person: string | null;
}

let held: { attempt: Attempt; action: HeldAction; owner: unknown; href: string } | null = null;

function safely(run: () => void): void {
  try {
    run();
  } catch {
    /* the page's own handlers threw: not ours to surface */
  }
}

/** What is held now, and for which source (a control, an input), so follow-up events join it. */
export function heldOwner(): unknown {
  return held?.owner ?? null;
}

/**
 * Decides about one event. Returns true when the event was stopped and is now held (or,
 * while a reminder is up, absorbed as part of the same action). Otherwise the page gets it.
 */
export function intercept(event: Event, attempt: Attempt, owner: unknown, makeAction: () => HeldAction): boolean {
  const decision = decide(attempt.kind, attempt.site);
  if (decision === 'off') return false;
  if (attempt.kind === 'friend-request' && isKnownPerson(attempt.site, attempt.person)) return false;
  if (held) {
    // A second click of a double-click, or a key repeat: part of the action already held.
    event.preventDefault();
    event.stopImmediatePropagation();
    return true;
  }
  if (decision === 'note') {
    setTimeout(() => showNote(attempt.kind), 0);
    void recordChoice(attempt.kind, attempt.site, 'note');
    return false;
  }
  const action = makeAction();
  event.preventDefault();
  event.stopImmediatePropagation();
  const href = location.href;
  held = { attempt, action, owner, href };
  const onChoice = (choice: 'continue' | 'cancel') => {
    held = null;
    // Never deliver into a different page than the one the child acted on.
    if (choice === 'continue' && location.href === href) {
      if (attempt.person) void rememberPerson(attempt.site, attempt.person);
      safely(action.release);
    } else safely(action.cancel);
    void recordChoice(attempt.kind, attempt.site, choice);
  };
  // The event is already stopped: an error from here on must not leave it held with no
  // reminder (every later click would then be swallowed too), so it counts as "not shown".
  let shown = false;
  try {
    shown = showReminder(attempt.kind, shownCount(attempt.kind), onChoice);
  } catch {
    shown = false;
  }
  if (!shown) {
    held = null;
    safely(action.release);
  }
  return true;
}

/** The page navigated away while the child was deciding: cancel, and leave no reminder behind. */
export function abandonHeld(nextHref: string): void {
  const current = held;
  if (!current || current.href === nextHref) return;
  held = null;
  closeReminder();
  safely(current.action.cancel);
}
