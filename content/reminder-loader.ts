/**
 * The reminder UI (content/reminder/ui.ts) is a separate file in the extension, loaded into
 * this same isolated world with import() the first time it is needed, or just before: the
 * pointerdown or key on a control that would be held warms it, so by the click it is there.
 * Pages cannot see or load it (web_accessible_resources with a per-session URL in Chrome).
 * If it cannot be loaded, held.ts lets the action through: nothing is lost.
 */
import type { Choice, CountKind, Kind } from '../vocabulary/kinds';
import type { PhotoVerdict } from '../vocabulary/photo-check';
import type { CardWords } from '../views/reminder-card';
import { importReminderUI } from './reminder-import';
import { lazyModule } from './lazy-module';

export type ReminderChoice = 'continue' | 'cancel';

/**
 * What a reminder is about, for writing down the child's choice (content/reminder/ui.ts): the
 * site, the person (remembered after "continue"), and the page it was taken on ("continue" is
 * delivered only there). `settle` delivers or cancels the held action and says whether it was
 * still held (else nothing is written down).
 */
export interface HeldAbout {
  site: string;
  person: string | null;
  href: string;
}

export interface ReminderUI {
  /**
   * False if it could not be shown (the caller then lets the action through).
   * `words`: the kind and turn, with the firm photo words from the start or what a personal-details
   * pause saw; `files`: photos being shared, checked on the device while the reminder is up, which
   * switches to the firm words if the check says so. At the child's choice the UI calls
   * `settle` (deliver only for "continue" on the page the action was taken on), then records
   * the choice (as `photo-firm` if the firm words were shown) and, after "continue", remembers
   * the person.
   */
  showReminder(words: CardWords, about: HeldAbout, settle: (deliver: boolean) => boolean, files?: readonly File[]): boolean;
  closeReminder(): void;
  /** Makes a reminder ready but hidden, at the press, so the click only has to reveal it. */
  stageReminder(kind: Kind, turn: number): void;
  discardStaged(): void;
  showNote(kind: Kind): void;
  /** True when the event belongs to the reminder or the note (the page must not get it). */
  handleEvent(event: Event): boolean;
  guardFocus(event: FocusEvent): void;
  guardTopLayer(event: Event): void;
  recordChoice(kind: CountKind, site: string, choice: Choice): Promise<void>;
  rememberPerson(site: string, person: string): Promise<void>;
  /** Whether a person is among those remembered (a hash: here, so the page script stays small). */
  isStoredKnown(known: unknown, site: string, person: string, now: number): Promise<boolean>;
  /**
   * "Only when a photo may show nudity": the on-device check of the files being shared
   * (content/photo/check.ts), "unknown" after 2 s without an answer; never an error.
   */
  gatePhotos(files: readonly File[]): Promise<PhotoVerdict>;
  /** Opens the checker page so the model loads before the files arrive. */
  warmPhotoCheck(): Promise<boolean>;
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
