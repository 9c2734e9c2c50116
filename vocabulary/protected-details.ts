/**
 * The family's own "details to protect" (issue 12): what a parent may list on the options page
 * (the child's mobile, home street, postcode, school, surname, clubs) so a message that gives
 * one away is paused. Shared words only: validated in model/protected-details.ts, matched in
 * chat/personal/family.ts, named to the child in views/words.ts.
 */
import type { PersonalCategory } from './kinds';

export type ProtectedKind = 'phone' | 'street' | 'postcode' | 'school' | 'surname' | 'club' | 'other';
export const PROTECTED_KINDS: readonly ProtectedKind[] = ['phone', 'street', 'postcode', 'school', 'surname', 'club', 'other'];

export interface ProtectedDetail {
  kind: ProtectedKind;
  value: string;
}

/** Kept in browser.storage.local under this key only: never synced, never in a policy. */
export const PROTECTED_DETAILS_KEY = 'protectedDetails';

/**
 * What a `personal-info` reminder names: the category the check saw, or, for one of the
 * family's own details, which kind it was ("family-school"), never the detail itself.
 */
export type PersonalSubject = PersonalCategory | `family-${ProtectedKind}`;
