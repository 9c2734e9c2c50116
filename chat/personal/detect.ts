/**
 * Personal details in a message the child is about to send: which categories it holds, never
 * the words. Pure and synchronous: it runs at the send, in the same task as the Enter or click.
 */
import type { CountryCode } from 'libphonenumber-js/core';
import type { PersonalCategory } from '../types';
import type { PersonalSubject } from '../../vocabulary/protected-details';
import { fold } from '../text';
import { hasPhoneNumber } from './phone';
import { hasEmail } from './email';
import { hasAddress } from './address';
import { hasSchool } from './school';
import { hasLocation } from './location';
import { hasMeeting } from './meeting';
import { familyDetailsIn, type PreparedDetail } from './family';

export interface PersonalContext {
  /** The family's country first (countriesFor in phone.ts). */
  countries: readonly CountryCode[];
  /** The family's own details, prepared once (family.ts). */
  family: readonly PreparedDetail[];
}

/** Longer than any chat message a child types; a paste of a whole document is not checked. */
export const MAX_CHECKED_LENGTH = 4000;

const DETECTORS: [PersonalCategory, (folded: string, context: PersonalContext) => boolean][] = [
  ['phone', (folded, { countries }) => hasPhoneNumber(folded, countries)],
  ['email', hasEmail],
  ['location', hasLocation],
  ['address', hasAddress],
  ['school', hasSchool],
  ['meeting', hasMeeting],
  ['family-detail', (folded, { family, countries }) => familyDetailsIn(folded, family, countries).length > 0],
];

export function detectPersonal(text: string, context: PersonalContext): PersonalCategory[] {
  const folded = fold(text.slice(0, MAX_CHECKED_LENGTH));
  if (!folded) return [];
  const found: PersonalCategory[] = [];
  for (const [category, detect] of DETECTORS) if (detect(folded, context)) found.push(category);
  return found;
}

/**
 * What a reminder names, most telling first: which of the family's own details the message
 * has ("family-school"), then the other categories detectPersonal finds. Kinds only, never words.
 */
export function personalSubjects(text: string, context: PersonalContext): PersonalSubject[] {
  const folded = fold(text.slice(0, MAX_CHECKED_LENGTH));
  if (!folded) return [];
  const own = new Set(familyDetailsIn(folded, context.family, context.countries).map((kind) => `family-${kind}` as const));
  return [...own, ...detectPersonal(text, { ...context, family: [] })];
}
