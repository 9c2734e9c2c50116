/**
 * The family's own details to protect, as stored: validated on every read so a corrupt or
 * hostile value gives an empty or shorter list, never an error and never a giant one. Pure; the
 * options page saves through the same functions (settings/protected-details.ts) and the chat
 * check reads through them (content/chat/own-details.ts).
 */
import { PROTECTED_KINDS, type ProtectedDetail, type ProtectedKind } from '../vocabulary/protected-details';
import { isRecord } from './guards';

/** A family lists a handful; a list this long is not one a parent typed. */
export const MAX_PROTECTED_DETAILS = 30;
/** Longer than any street, school or club name; a longer value is dropped, not cut (a cut one matches the wrong thing). */
export const MAX_DETAIL_LENGTH = 80;

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g;

/** As the parent typed it, tidied: no control or invisible characters, spaces collapsed. */
export function tidyDetail(value: string): string {
  return value.normalize('NFC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/** One entry as stored: a known kind and a string of allowed length (before tidying). */
export function isProtectedDetail(entry: unknown): entry is ProtectedDetail {
  return isRecord(entry) && PROTECTED_KINDS.includes(entry.kind as ProtectedKind) && typeof entry.value === 'string' && entry.value.length <= MAX_DETAIL_LENGTH;
}

/**
 * The chat check's read: the same entries validProtectedDetails keeps, untidied (the matcher
 * folds every value anyway) and without dropping repeats, so it carries less code.
 */
export function storedDetails(raw: unknown): ProtectedDetail[] {
  return Array.isArray(raw) ? raw.slice(0, 1000).filter(isProtectedDetail).slice(0, MAX_PROTECTED_DETAILS) : [];
}

const sameDetail = (a: ProtectedDetail, b: ProtectedDetail) => a.kind === b.kind && a.value.toLocaleLowerCase() === b.value.toLocaleLowerCase();

/** Well-formed entries only, tidied, without repeats, at most MAX_PROTECTED_DETAILS. */
export function validProtectedDetails(raw: unknown): ProtectedDetail[] {
  if (!Array.isArray(raw)) return [];
  const result: ProtectedDetail[] = [];
  for (const entry of raw.slice(0, 1000)) {
    if (result.length >= MAX_PROTECTED_DETAILS) break;
    if (!isProtectedDetail(entry)) continue;
    const detail = { kind: entry.kind, value: tidyDetail(entry.value) };
    if (detail.value && !result.some((other) => sameDetail(other, detail))) result.push(detail);
  }
  return result;
}

export type AddRefusal = 'empty' | 'too-long' | 'too-many' | 'duplicate' | 'too-short';

/**
 * The list with one more detail, or why not. A detail too short to match safely (fewer than
 * three letters or digits; a phone number with fewer than seven digits) is refused with a
 * reason rather than stored and silently never matched.
 */
export function withDetail(list: readonly ProtectedDetail[], kind: ProtectedKind, typed: string): ProtectedDetail[] | AddRefusal {
  const value = tidyDetail(typed);
  if (!value) return 'empty';
  if (value.length > MAX_DETAIL_LENGTH) return 'too-long';
  const significant = kind === 'phone' ? value.replace(/\D/g, '').length >= 7 : (value.match(/[\p{L}\p{N}]/gu) ?? []).length >= 3;
  if (!significant) return 'too-short';
  const detail = { kind, value };
  if (list.some((other) => sameDetail(other, detail))) return 'duplicate';
  if (list.length >= MAX_PROTECTED_DETAILS) return 'too-many';
  return [...list, detail];
}

export function withoutDetail(list: readonly ProtectedDetail[], index: number): ProtectedDetail[] {
  return list.filter((_, i) => i !== index);
}
