/**
 * What happens once the page script holds an action (content/hold/held.ts): part of the lazily
 * loaded reminder UI, so nudge.js carries only the hold itself. A remembered person goes through
 * unasked; "only when a photo may show nudity" waits for the on-device check; otherwise the
 * reminder, and at the child's choice the action is settled and the choice written down. In
 * reminder mode, the note after the action. Every failure settles the action as delivered: a
 * failure of Safe Nudge never costs the child what they did.
 */
import type { Attempt } from '../hold/held';
import type { HeldAsk, ReminderChoice, ReminderUI } from '../reminder-loader';
import { anyoneRemembered, isStoredKnown } from '../../model/known-people';
import { checkPhotos, gatePhotos } from '../photo/check';
import { makeReminderFirm, showReminder } from './reminder';

/** The UI's own parts a test may replace (content/reminder/ui.ts): looked up at each use. */
type Hooks = Pick<ReminderUI, 'showNote' | 'recordChoice' | 'rememberPerson'>;

/**
 * Whether the child already said they know this person: false at once when nobody is
 * remembered (the usual case), else after a hash. Any failure (no crypto.subtle on an http
 * page) means "not known": ask.
 */
function remembered({ kind, site, person }: Attempt, known: unknown, now = Date.now()): false | Promise<boolean> {
  if (kind !== 'friend-request' || person === null || !anyoneRemembered(known, now)) return false;
  return Promise.resolve()
    .then(() => isStoredKnown(known, site, person, now))
    .catch(() => false);
}

/** The reminder for a held action; false if it could not be shown. */
function present({ attempt, href, turn, settle }: HeldAsk, hooks: Hooks, firm?: boolean): boolean {
  const { kind, site, person, files, seen } = attempt;
  const onChoice = (choice: ReminderChoice, firmNow?: boolean) => {
    // Never deliver into a different page than the one the child acted on.
    const deliver = choice === 'continue' && location.href === href;
    const delivered = settle(deliver);
    if (delivered === null) return; // no longer held (the page moved on): nothing to write down
    if (delivered && person) void hooks.rememberPerson(site, person);
    // A "continue" that could not be delivered (the page moved on, or took the control away and
    // has no single one like it) did nothing: counted as not now, and the child is told.
    void hooks.recordChoice(firmNow ? 'photo-firm' : kind, site, delivered || choice === 'cancel' ? choice : 'cancel');
    if (deliver && !delivered) hooks.showNote(kind, 'noteNotDone');
  };
  const shown = showReminder({ kind, turn, firm, seen }, onChoice);
  // With files, they are checked while the reminder is up and may make it firmer: the child
  // never waits on the model. Only this reminder (not a later one) may turn firm.
  if (shown && files && !firm) checkPhotos(files).then((verdict) => verdict === 'firm' && makeReminderFirm(onChoice), () => undefined);
  return shown;
}

export function ask(request: HeldAsk, hooks: Hooks): void {
  const { attempt, held, settle } = request;
  const show = (firm?: boolean) => {
    if (!held()) return; // abandoned (navigation) meanwhile
    let shown = false;
    try {
      shown = present(request, hooks, firm);
    } catch {
      shown = false;
    }
    if (!shown) settle(true);
  };
  const { files } = attempt;
  if (files && request.nudityOnly) {
    // Held with no reminder until the check answers (gatePhotos gives up after PHOTO_WAIT_MS).
    // An ordinary photo is delivered untouched (as "continue" would, and not counted); a firm
    // one gets the firm words; anything else (a revealing photo, one that could not be
    // checked, no answer in time) the ordinary reminder, so nothing slips through.
    void gatePhotos(files)
      .catch(() => 'unknown' as const)
      .then((verdict) => (verdict === 'ordinary' ? settle(true) : show(verdict === 'firm')));
    return;
  }
  const known = remembered(attempt, request.known);
  if (known === false) return show();
  // A remembered person: delivered at once the same way "continue" delivers it, with no reminder.
  void known.then((isKnown) => (isKnown ? settle(true) : show()));
}

/** Reminder mode: the action went through; a note after it, counted, unless the person is remembered. */
export function note(attempt: Attempt, known: unknown, hooks: Hooks): void {
  const { kind, site } = attempt;
  void Promise.resolve(remembered(attempt, known)).then((isKnown) => {
    if (isKnown) return;
    hooks.showNote(kind);
    void hooks.recordChoice(kind, site, 'note');
  });
}
