/**
 * Which words a reminder uses. Several wordings per kind, turned in order, because the same
 * warning every time stops being read. The words themselves live in _locales (messages.json).
 * A personal-details pause's title names what it saw (a phone number, an address…).
 */
import type { Kind, PersonalCategory } from '../vocabulary/kinds';
import { PROTECTED_KINDS, type PersonalSubject } from '../vocabulary/protected-details';

export interface Wording { title: string; body: string; continueLabel: string }

const WORDINGS: Record<Kind, readonly { title: string; body: string }[]> = {
  'friend-request': [1, 2, 3, 4].map((n) => ({ title: `reminderFriend${n}Title`, body: `reminderFriend${n}Body` })),
  'image-upload': [1, 2, 3].map((n) => ({ title: `reminderPhoto${n}Title`, body: `reminderPhoto${n}Body` })),
  'personal-info': [1, 2, 3].map((n) => ({ title: 'reminderPersonalTitle', body: `reminderPersonal${n}Body` })),
  // Never a pause (NOTE_ONLY_KINDS): the note's own words, should anything ask.
  'warning-signs': [{ title: 'signNoteTitle', body: 'signNoteTalk' }],
};

/** The title that names what a personal-details pause saw. */
export const PERSONAL_TITLE_KEY: Record<PersonalCategory, string> = {
  phone: 'reminderPersonalPhone',
  email: 'reminderPersonalEmail',
  address: 'reminderPersonalAddress',
  school: 'reminderPersonalSchool',
  location: 'reminderPersonalLocation',
  meeting: 'reminderPersonalMeeting',
  'family-detail': 'reminderPersonalFamily',
};

/**
 * One of the family's own details ("family-school") is named by its kind: reminderOwn_school.
 * Built, not listed, to keep the reminder UI within its size budget.
 */
export function personalTitleKey(seen: PersonalSubject): string {
  return seen.startsWith('family-') && seen !== 'family-detail' ? `reminderOwn_${seen.slice(7)}` : PERSONAL_TITLE_KEY[seen as PersonalCategory];
}

export const CONTINUE_KEY: Record<Kind, string> = {
  'friend-request': 'choiceContinueFriend',
  'image-upload': 'choiceContinuePhoto',
  'personal-info': 'choiceContinuePersonal',
  'warning-signs': 'noteDismiss',
};

export const NOTE_KEY: Record<Kind, string> = { 'friend-request': 'noteFriend', 'image-upload': 'notePhoto', 'personal-info': 'notePersonal', 'warning-signs': 'signNoteTalk' };

export function wordingKeys(kind: Kind, turn: number, seen?: PersonalSubject): Wording {
  const list = WORDINGS[kind];
  const chosen = list[Math.abs(Math.trunc(turn)) % list.length]!;
  const title = kind === 'personal-info' && seen ? personalTitleKey(seen) : chosen.title;
  return { title, body: chosen.body, continueLabel: CONTINUE_KEY[kind] };
}

/**
 * The firm words for a photo the on-device check found may show private parts of a body
 * (model/photo-verdict.ts): one wording, always the same, so it is never watered down.
 */
export const FIRM_PHOTO_WORDING: Wording = { title: 'reminderFirmTitle', body: 'reminderFirmBody', continueLabel: 'choiceContinuePhoto' };

export function allWordingKeys(): string[] {
  return [...new Set([...Object.values(WORDINGS).flatMap((list) => list.flatMap((w) => [w.title, w.body])), ...Object.values(PERSONAL_TITLE_KEY), ...PROTECTED_KINDS.map((own) => personalTitleKey(`family-${own}`)), FIRM_PHOTO_WORDING.title, FIRM_PHOTO_WORDING.body])];
}
