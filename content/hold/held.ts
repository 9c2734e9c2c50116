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
 *
 * The page behind an open reminder can still be used. The same control or input again is part
 * of the action already held (a double-click): absorbed. Another action (a second "Add friend",
 * another photo) waits its turn and is asked about once the first is decided: never let through
 * unasked, never dropped.
 */
import type { PersonalSubject } from '../../vocabulary/protected-details';
import type { Kind } from '../../vocabulary/kinds';
import { decide, isKnownPerson, photoScope, shownCount } from '../state';
import { loadedUI, loadUI, type ReminderUI } from '../reminder-loader';
import type { PhotoVerdict } from '../../vocabulary/photo-check';
import { stopEvent } from '../dom';

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
  /** Whether the person is remembered: false, or being looked up. */
  known: false | Promise<boolean>;
  /** The photo check found the picture may show private parts: the firm words, counted apart. */
  firm?: boolean;
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

/** Ends the held action `entry` (if it is still the one held): delivered, or cancelled. */
function finish(entry: Held, deliver: boolean): void {
  if (held !== entry) return;
  held = null;
  loadedUI()?.discardStaged(); // staged at the press for a reminder that was not needed (a remembered person)
  safely(deliver ? entry.action.release : entry.action.cancel);
  // In a task of its own: the page first handles what was delivered, the reminder is gone.
  if (waiting.length) setTimeout(askNext, 0);
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
  try {
    if (entry.attempt.files && photoScope() === 'nudity') checkBeforeShowing(entry);
    else presentWhenReady(entry, entry.known);
  } catch {
    finish(entry, true);
  }
}

/** Shows the reminder for `entry`; anything that goes wrong lets the action through. */
function present(entry: Held, ui: ReminderUI): void {
  if (held !== entry) return; // abandoned (navigation) while the UI was loading
  let shown = false;
  try {
    // With files, the UI checks them while the reminder is up and may make it firmer: the
    // child never waits on the model.
    const { kind, files, seen, site, person } = entry.attempt;
    const words = { kind, turn: shownCount(kind), firm: entry.firm, seen };
    // The child chose: delivered or cancelled here if still held, then the UI writes it down.
    const settle = (deliver: boolean) => held === entry && (finish(entry, deliver), true);
    shown = ui.showReminder(words, { site, person, href: entry.href }, settle, files);
  } catch {
    shown = false;
  }
  if (!shown) finish(entry, true);
}

/**
 * "Only when a photo may show nudity": held with no reminder until the check answers (the UI's
 * gatePhotos gives up after PHOTO_WAIT_MS). An ordinary photo is delivered untouched (as
 * "continue" would, and not counted); a firm one gets the firm words; anything else — a
 * revealing photo, one that could not be checked, an error, no answer in time — the ordinary
 * reminder, so nothing slips through.
 */
function checkBeforeShowing(entry: Held): void {
  const settle = (verdict: PhotoVerdict) => {
    if (held !== entry) return;
    if (verdict === 'ordinary') return finish(entry, true);
    entry.firm = verdict === 'firm';
    presentWhenReady(entry, false);
  };
  loadUI().then((ui) => ui.gatePhotos(entry.attempt.files ?? []), () => 'unknown' as const).then(settle);
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
  if (decision === 'note') {
    // After the page has had the event: the note never gets in the way of the action.
    setTimeout(() => showNote(attempt.kind, attempt.site, known), 0);
    return false;
  }
  stopEvent(event);
  // The same control again (a double-click) is part of what is held or waiting.
  if (held?.owner !== owner && !waiting.some((entry) => entry.owner === owner)) {
    waiting.push({ attempt, action: makeAction(), owner, href: location.href, known });
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
