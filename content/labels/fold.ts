/**
 * Labels are compared whole: trimmed, case-folded, with invisible marks and decorative
 * symbols at the ends removed ("+ Follow" → "follow"). Never by substring: "follow" must not
 * match "following", "unfollow" or "follow @jack's list".
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
/** Longer than any real button label: treat as a card or paragraph, not a control. */
export const MAX_LABEL_LENGTH = 80;

export function foldLabel(raw: string): string {
  if (raw.length > MAX_LABEL_LENGTH * 4) return '';
  return raw
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/i\u0307/g, 'i')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(EDGES, '')
    .trim();
}
