/**
 * One held action at a time. Holding means: the event is stopped before the page sees it, a
 * reminder asks the child, and then the action is either delivered once ("continue") or
 * cancelled cleanly ("not now"). If the reminder can't be shown, the action is delivered:
 * a failure of Safe Nudge never costs the child what they did.
 *
 * This file is the hold itself; what happens once an action is held (a remembered person, the
 * photo check, the reminder or the note, the child's choice) is the reminder UI's
 * (content/reminder/ask.ts), loaded lazily (content/reminder-loader.ts), so nudge.js stays
 * small. Usually the UI is already here (warmed when the child pressed the control) and shows
 * the reminder in the same task as the click; otherwise the action is held while it loads, and
 * released if it cannot load in time.
 *
 * The page behind an open reminder can still be used. The same control or input again is part
 * of the action already held (a double-click): absorbed. Another action (a second "Add friend",
 * another photo) waits its turn and is asked about once the first is decided: never let through
 * unasked, never dropped.
 */
import type { PersonalSubject } from '../../vocabulary/protected-details';
import type { Kind } from '../../vocabulary/kinds';
import { decide, knownPeople, photoScope, shownCount } from '../state';
import { loadedUI, loadUI, type ReminderUI } from '../reminder-loader';
import { stopEvent } from '../dom';

export interface HeldAction {
  /** Deliver exactly what the child did, once; false if it could not be (then nothing was done). */
  release(): void | boolean;
  /** Undo any trace of it (an emptied file input, a drop zone reset). */
  cancel(): void;
}

export interface Attempt {
  kind: Kind;
  site: string;
  person: string | null;
  /** Photos and videos being shared: checked on the device (photo-check/) while the reminder is up. */
  files?: readonly File[];
  /** What a personal-details pause saw in the message (named in the reminder). */
  seen?: PersonalSubject;
}

/** Sharing photos or videos on a site: no person to name. */
export const photoAttempt = (site: string, files: readonly File[]): Attempt => ({ kind: 'image-upload', site, person: null, files });

interface Held {
  attempt: Attempt;
  action: HeldAction;
  owner: unknown;
  href: string;
}

/** Longest wait for the reminder UI to load before the action is let through as it was. */
export const LOAD_WAIT_MS = 3000;

let held: Held | null = null;
/** Actions taken behind the open reminder, in order, each asked about in turn. */
const waiting: Held[] = [];

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
 * Ends the held action `entry` (if it is still the one held): delivered, or cancelled. True if
 * it was delivered (a control the page took away meanwhile cannot be: content/hold/clicks.ts).
 */
function finish(entry: Held, deliver: boolean): boolean {
  if (held !== entry) return false;
  held = null;
  loadedUI()?.discardStaged(); // staged at the press for a reminder that was not needed (a remembered person)
  safely(() => (deliver ? entry.action.release() === false && (deliver = false) : entry.action.cancel()));
  // In a task of its own: the page first handles what was delivered, the reminder is gone.
  if (waiting.length) setTimeout(askNext, 0);
  return deliver;
}

/** The next waiting action, if the child is still on the page where it was taken. */
function askNext(): void {
  if (held) return; // a new action came first; this one is asked about after it
  const entry = waiting.shift();
  if (!entry) return;
  if (entry.href !== location.href) {
    safely(entry.action.cancel);
    return askNext();
  }
  held = entry;
  // The event is already stopped: from here on every failure path releases it, so a broken
  // reminder never leaves it held (every later click would then be swallowed too).
  const ask = (ui: ReminderUI) => {
    if (held !== entry) return; // abandoned (navigation) while the UI was loading
    try {
      ui.ask({
        attempt: entry.attempt,
        href: entry.href,
        turn: shownCount(entry.attempt.kind),
        nudityOnly: photoScope() === 'nudity',
        known: knownPeople(),
        held: () => held === entry,
        // The child chose (or no reminder was needed): delivered or cancelled here if still held.
        settle: (deliver) => (held === entry ? finish(entry, deliver) : null),
      });
    } catch {
      finish(entry, true);
    }
  };
  const ui = loadedUI();
  if (ui) return ask(ui);
  const timer = setTimeout(() => finish(entry, true), LOAD_WAIT_MS);
  loadUI().then(
    (loadedNow) => (clearTimeout(timer), ask(loadedNow)),
    () => (clearTimeout(timer), finish(entry, true)),
  );
}

/**
 * Decides about one event. Returns true when the event was stopped and is now held (or,
 * while a reminder is up, absorbed as part of the same action). Otherwise the page gets it.
 */
export function intercept(event: Event, attempt: Attempt, owner: unknown, makeAction: () => HeldAction): boolean {
  const decision = decide(attempt.kind, attempt.site);
  if (decision === 'off') return false;
  if (decision === 'note') {
    // After the page has had the event: the note never gets in the way of the action.
    setTimeout(() => loadUI().then((ui) => ui.note(attempt, knownPeople())).catch(() => undefined), 0);
    return false;
  }
  stopEvent(event);
  // The same control again (a double-click) is part of what is held or waiting.
  if (held?.owner !== owner && !waiting.some((entry) => entry.owner === owner)) {
    waiting.push({ attempt, action: makeAction(), owner, href: location.href });
    askNext(); // now, unless another is held: then once it is decided
  }
  return true;
}

/** The page navigated away while the child was deciding: cancel, and leave no reminder behind. */
export function abandonHeld(nextHref: string): void {
  const current = held;
  if (!current || current.href === nextHref) return;
  // What waited behind it belongs to the page left too.
  for (const entry of waiting.splice(0)) safely(entry.action.cancel);
  loadedUI()?.closeReminder();
  finish(current, false);
}
