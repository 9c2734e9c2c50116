/**
 * The kinds of action Safe Nudge pauses, and what a child can answer. Words every part of the
 * extension shares (the page script, the settings, the parents' pages); this folder imports
 * nothing of ours (docs/architecture.md).
 */
export type Kind = 'friend-request' | 'image-upload' | 'personal-info' | 'warning-signs';
export const KINDS: readonly Kind[] = ['friend-request', 'image-upload', 'personal-info', 'warning-signs'];

/**
 * Kinds that only ever show a note, never a pause: warning signs in a message the child
 * receives (there is nothing of the child's to hold). Their "mode" setting is not used.
 */
export const NOTE_ONLY_KINDS: readonly Kind[] = ['warning-signs'];

/** The message key (public/_locales) that names each kind to a parent. */
export const KIND_KEYS: Readonly<Record<Kind, string>> = {
  'friend-request': 'kindFriend',
  'image-upload': 'kindPhoto',
  'personal-info': 'kindPersonal',
  'warning-signs': 'kindSigns',
};

/**
 * What a `personal-info` pause saw in the message the child was about to send: a category,
 * never the words themselves (nothing of a message is kept or shown back). The reminder's
 * title names it.
 */
export type PersonalCategory = 'phone' | 'email' | 'address' | 'school' | 'location' | 'meeting' | 'family-detail';
export const PERSONAL_CATEGORIES: readonly PersonalCategory[] = ['phone', 'email', 'address', 'school', 'location', 'meeting', 'family-detail'];

/**
 * What a weekly count is about: a kind of action, or a photo reminder shown with the firm words
 * (the photo check found the picture may show private parts). Only that it happened is
 * counted: never the picture, never its scores.
 */
export type CountKind = Kind | 'photo-firm';
export const COUNT_KINDS: readonly CountKind[] = [...KINDS, 'photo-firm'];
/** Written out rather than spread from KIND_KEYS: a spread is kept in every bundle that imports this file. */
export const COUNT_KIND_KEYS: Readonly<Record<CountKind, string>> = {
  'friend-request': 'kindFriend',
  'image-upload': 'kindPhoto',
  'personal-info': 'kindPersonal',
  'warning-signs': 'kindSigns',
  'photo-firm': 'kindPhotoFirm',
};

/** continue / cancel: the child's answer to a pause; note: a reminder-mode note was shown. */
export type Choice = 'continue' | 'cancel' | 'note';
export const CHOICES: readonly Choice[] = ['continue', 'cancel', 'note'];
