/**
 * The reminder UI (content/reminder/ui.ts) is a separate file in the extension, loaded into
 * this same isolated world with import() the first time it is needed, or just before: the
 * pointerdown or key on a control that would be held warms it, so by the click it is there.
 * Pages cannot see or load it (web_accessible_resources with a per-session URL in Chrome).
 * If it cannot be loaded, held.ts lets the action through: nothing is lost. What happens once an
 * action is held (content/reminder/ask.ts) is here too, so the page script carries only the hold.
 */
import type { Choice, CountKind, Kind } from '../vocabulary/kinds';
import type { Attempt } from './hold/held';
import type { ConnectHit } from './classify/connect';
import { importReminderUI } from './reminder-import';
import { lazyModule } from './lazy-module';

export type ReminderChoice = 'continue' | 'cancel';

/**
 * One held action, as the page script hands it to the UI (content/reminder/ask.ts): what the
 * child did, on which page (a "continue" is delivered only there), the wording's turn, the
 * family's settings the UI needs, and the hold's two questions. `settle` delivers or cancels
 * the action and says whether it was delivered, or null if it was no longer held (then nothing
 * is written down).
 */
export interface HeldAsk {
  attempt: Attempt;
  href: string;
  turn: number;
  /** "Only when a photo may show nudity": no reminder until the on-device check answers. */
  nudityOnly: boolean;
  /** "People I know" as stored (content/state.ts): a remembered person goes through unasked. */
  known: unknown;
  held(): boolean;
  settle(deliver: boolean): boolean | null;
}

export interface ReminderUI {
  /**
   * Asks about a held action (content/reminder/ask.ts): a remembered person is delivered at
   * once; photos may first be checked on the device; otherwise the reminder, and at the child's
   * choice `settle`, then the choice written down (as `photo-firm` if the firm words were shown)
   * and, after "continue", the person remembered. Anything that fails settles it as delivered.
   */
  ask(request: HeldAsk): void;
  /** Reminder mode, after the action: the note, counted, unless the person is remembered. */
  note(attempt: Attempt, known: unknown): void;
  closeReminder(): void;
  /** Makes a reminder ready but hidden, at the press, so the click only has to reveal it. */
  stageReminder(kind: Kind, turn: number): void;
  discardStaged(): void;
  /** The note after an action in reminder mode; `words`: another message (a continue that could not be delivered). */
  showNote(kind: Kind, words?: string): void;
  /** True when the event belongs to the reminder or the note (the page must not get it). */
  handleEvent(event: Event): boolean;
  guardFocus(event: FocusEvent): void;
  guardTopLayer(event: Event): void;
  recordChoice(kind: CountKind, site: string, choice: Choice): Promise<void>;
  rememberPerson(site: string, person: string): Promise<void>;
  /** Opens the checker page so the model loads, and compiles the picture's reduction, before the files arrive. */
  warmPhotoCheck(): Promise<boolean>;
  /**
   * The held control again after the page re-rendered it while the child read (same words,
   * same person, same card), or null (content/reminder/refind.ts). `classify` is the page
   * script's own classifier, so this file carries no second copy of it.
   */
  findAgain(control: Element, person: string | null, classify: (path: EventTarget[]) => ConnectHit | null): Element | null;
}

const reminderUI = lazyModule(importReminderUI);

/** The UI if it is already here (then a reminder can be shown in the same task as the click). */
export const loadedUI = reminderUI.loaded;

/** Loads the UI once; if it could not load, a later action tries again. */
export const loadUI = reminderUI.load;

/**
 * Start loading ahead of need; errors surface (and are handled) when it is really needed.
 * Resolves with the UI once here, or null if it could not load.
 */
export function warmUI(): Promise<ReminderUI | null> {
  return loadUI().catch(() => null);
}
