/**
 * The chat nudges' vocabulary (issue 12). What a detector saw is a category or a sign id,
 * never the words themselves: nothing of the child's messages is kept or shown back.
 */

/** Personal details in a message the child is about to send (kind `personal-info`): vocabulary. */
export { PERSONAL_CATEGORIES, type PersonalCategory } from '../vocabulary/kinds';

/** Warning signs in a message the child receives (kind `warning-signs`). */
export type SignId =
  | 'secrecy'
  | 'photos'
  | 'move-app'
  | 'gifts'
  | 'personal-questions'
  | 'meet'
  | 'flattery-urgency'
  | 'sexual';

export const SIGN_IDS: readonly SignId[] = ['secrecy', 'photos', 'move-app', 'gifts', 'personal-questions', 'meet', 'flattery-urgency', 'sexual'];

/** Languages with pattern data. Every message is checked against all of them (children mix). */
export type ChatLanguage = 'en' | 'es' | 'fr' | 'de' | 'pl';

export const CHAT_LANGUAGES: readonly ChatLanguage[] = ['en', 'es', 'fr', 'de', 'pl'];
