/**
 * Text folding for matching chat messages: the same message typed with capitals, accents,
 * stretched letters ("sooo"), curly quotes or look-alike characters folds to one form, so a
 * pattern is written once. Pure, allocation-light: it runs on every message checked.
 */

const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufe0f\u20e3]/g;
/** Letters NFD does not split into base + accent. */
const SPECIAL: Record<string, string> = { 'ł': 'l', 'ß': 'ss', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'đ': 'd', 'ı': 'i' };
const SPECIAL_RE = /[łßøæœđı]/g;

/**
 * Lower case, no accents (é → e, ł → l, ß → ss), straight apostrophes, no invisible marks,
 * runs of 3+ of the same letter cut to one ("sooo" → "so", "pleeease" → "please" is not
 * promised), whitespace collapsed. Digits and punctuation are kept.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb\u201e]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Leetspeak inside words that are mostly letters: "s3nd m3 p1cs" → "send me pics". Numbers stay numbers. */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's', '!': 'i' };

export function unleet(folded: string): string {
  return folded.replace(/[\p{L}0-9@$!]+/gu, (word) => {
    if (!/\p{L}/u.test(word) || !/[0-9@$!]/.test(word)) return word;
    // "m3", "w3", "n0", "s0": a letter and a 3 or 0 (but "b4", "m8" are words of their own).
    if (/^[a-z][30]$/.test(word)) return word.replace(/[0-9]/, (c) => LEET[c] ?? c);
    const letters = word.replace(/[^\p{L}]/gu, '').length;
    // "b4", "gr8", "m8" and handles like "sam2011" stay as they are: only mostly-letter words.
    if (letters < 2 || letters < word.length / 2 || /\d{2,}/.test(word)) return word;
    return word.replace(/[0-9@$!]/g, (c) => LEET[c] ?? c);
  });
}

/** Replaces whole words by a language's slang table ("u" → "you", "rn" → "right now"). */
export function expandSlang(folded: string, slang: Readonly<Record<string, string>>): string {
  return folded.replace(/[\p{L}\p{N}']+/gu, (word) => slang[word] ?? word);
}

/** Words of folded text (letters, digits, apostrophes inside). */
export function words(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
}
