/**
 * One held action at a time. Holding means: the event is stopped before the page sees it, a
 * reminder asks the child, and then the action is either delivered once ("continue") or
 * cancelled cleanly ("not now"). If the reminder can't be shown, the action is delivered:
 * a failure of Safe Nudge never costs the child what they did.
 *
 * The reminder UI is loaded lazily (content/reminder-loader.ts). Usually it is already here
 * (warmed when the child pressed the control) and shows in the same task as the click;
 * otherwise the action is held while it loads, and released if it cannot load in time.
 * Likewise, when the family has "people I know" remembered, whether this is one of them takes
 * a hash (asynchronous): the click is held meanwhile and, for a known person, delivered at
 * once the same way "continue" delivers it, with no reminder.
 */
import type { Kind, PersonalCategory } from '../../vocabulary/kinds';
import { decide, isKnownPerson, shownCount } from '../state';
import { loadedUI, loadUI, type ReminderChoice, type ReminderUI } from '../reminder-loader';

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
  /** What a personal-details pause saw in the message (named in the reminder). */
  seen?: PersonalCategory;
}

interface Held {
  attempt: Attempt;
  action: HeldAction;
  owner: unknown;
  href: string;
}

/** Longest wait for the reminder UI to load before the action is let through as it was. */
export const LOAD_WAIT_MS = 3000;

let held: Held | null = null;

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

/** Ends the held action `entry` (if it is still the one held): delivered, or cancelled. */
function finish(entry: Held, deliver: boolean): void {
  if (held !== entry) return;
  held = null;
  loadedUI()?.discardStaged(); // staged at the press for a reminder that was not needed (a remembered person)
  safely(deliver ? entry.action.release : entry.action.cancel);
}

function onChoice(entry: Held, ui: ReminderUI, choice: ReminderChoice): void {
  if (held !== entry) return;
  const { attempt } = entry;
  // Never deliver into a different page than the one the child acted on.
  const deliver = choice === 'continue' && location.href === entry.href;
  if (deliver && attempt.person) void ui.rememberPerson(attempt.site, attempt.person);
  finish(entry, deliver);
  void ui.recordChoice(attempt.kind, attempt.site, choice);
}

/** Shows the reminder for `entry`; anything that goes wrong lets the action through. */
function present(entry: Held, ui: ReminderUI): void {
  if (held !== entry) return; // abandoned (navigation) while the UI was loading
  let shown = false;
  try {
    shown = ui.showReminder(entry.attempt.kind, shownCount(entry.attempt.kind), (choice) => onChoice(entry, ui, choice), entry.attempt.seen);
  } catch {
    shown = false;
  }
  if (!shown) finish(entry, true);
}

/** The UI, or null for a remembered person (then there is nothing to show). */
const uiUnlessKnown = (known: false | Promise<boolean>): Promise<ReminderUI | null> =>
  known === false ? loadUI() : known.then((isKnown) => (isKnown ? null : loadUI()));

/** Shows the reminder once the UI is here and the person is known not to be remembered. */
function presentWhenReady(entry: Held, known: false | Promise<boolean>): void {
  const ui = loadedUI();
  if (ui && known === false) return present(entry, ui);
  const timer = setTimeout(() => finish(entry, true), LOAD_WAIT_MS);
  const settle = (run: () => void) => {
    clearTimeout(timer);
    run();
  };
  uiUnlessKnown(known).then(
    (loadedNow) => settle(() => (loadedNow ? present(entry, loadedNow) : finish(entry, true))),
    () => settle(() => finish(entry, true)),
  );
}

function showNote(kind: Kind, site: string, known: false | Promise<boolean>): void {
  uiUnlessKnown(known)
    .then((ui) => {
      ui?.showNote(kind);
      void ui?.recordChoice(kind, site, 'note');
    })
    .catch(() => undefined);
}

/**
 * Decides about one event. Returns true when the event was stopped and is now held (or,
 * while a reminder is up, absorbed as part of the same action). Otherwise the page gets it.
 */
export function intercept(event: Event, attempt: Attempt, owner: unknown, makeAction: () => HeldAction): boolean {
  const decision = decide(attempt.kind, attempt.site);
  if (decision === 'off') return false;
  const known = attempt.kind === 'friend-request' ? isKnownPerson(attempt.site, attempt.person) : false;
  if (held) {
    // A second click of a double-click, or a key repeat: part of the action already held.
    event.preventDefault();
    event.stopImmediatePropagation();
    return true;
  }
  if (decision === 'note') {
    // After the page has had the event: the note never gets in the way of the action.
    setTimeout(() => showNote(attempt.kind, attempt.site, known), 0);
    return false;
  }
  const entry: Held = { attempt, action: makeAction(), owner, href: location.href };
  event.preventDefault();
  event.stopImmediatePropagation();
  held = entry;
  // The event is already stopped: from here on every failure path releases it, so a broken
  // reminder never leaves it held (every later click would then be swallowed too).
  try {
    presentWhenReady(entry, known);
  } catch {
    finish(entry, true);
  }
  return true;
}

/** The page navigated away while the child was deciding: cancel, and leave no reminder behind. */
export function abandonHeld(nextHref: string): void {
  const current = held;
  if (!current || current.href === nextHref) return;
  loadedUI()?.closeReminder();
  finish(current, false);
}
