/**
 * The reminder on the page now, shared by the parts that build, stage, repair, raise and route
 * it. At most one is open (shown for a held action) and one staged (made ready at a press).
 */
import type { PersonalSubject } from '../../vocabulary/protected-details';
import type { Kind } from '../../vocabulary/kinds';
import type { ReminderChoice } from '../reminder-loader';

/**
 * Choices made sooner than this after the reminder appeared are ignored: the second click of
 * a double-click on "Add friend" would otherwise land on a button the child never saw. So are
 * presses sooner than this after the press before: a quick series of clicks is one gesture.
 */
export const READY_MS = 400;
/** The id of the "Get help" card inside the reminder's shadow root. */
export const HELP_ID = 'sn-help';

/** What the dialog and the watcher report, answered by reminder.ts (so no part imports it). */
export interface ReminderHooks {
  /** The page changed the reminder, its host, or where the host hangs. */
  changed(reminder: OpenReminder, records: MutationRecord[]): void;
  /** The dialog left the top layer, and not because we closed it. */
  closed(reminder: OpenReminder): void;
  /** The child pressed Escape: "not now". */
  cancelled(): void;
}

export interface OpenReminder {
  kind: Kind;
  turn: number;
  /** The firm photo words (the photo check found the picture may show private parts). */
  firm: boolean;
  /** What a personal-details pause saw (named in the title). */
  seen?: PersonalSubject;
  host: HTMLElement;
  root: ShadowRoot;
  style: HTMLStyleElement;
  dialog: HTMLDialogElement;
  /** When it was on screen: the frame that showed it (or, until that frame, when it was shown). */
  shownAt: number;
  /** The child's last press on it (event time), on which button, and how long after the press before on it. */
  pressedAt: number;
  pressedOn: HTMLElement | null;
  pressGap: number;
  returnFocus: Element | null;
  keeper: MutationObserver;
  /** Closes we made ourselves (to re-open on top), so their close events are not the page's. */
  selfCloses: number;
  /**
   * While it was staged, the page changed its insides or opened something of its own in the
   * top layer: it is rebuilt, and so shown on top, when revealed.
   */
  touchedWhileStaged: boolean;
  /** `firm`: the child chose while the firm words were shown. */
  onChoice: (choice: ReminderChoice, firm?: boolean) => void;
  hooks: ReminderHooks;
}

export interface Staged {
  reminder: OpenReminder;
  expiry: ReturnType<typeof setTimeout>;
}

export const current: { open: OpenReminder | null; staged: Staged | null } = { open: null, staged: null };
