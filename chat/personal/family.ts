/**
 * The family's own "details to protect" (the child's mobile, home street, postcode, school,
 * surname, clubs), typed by a parent on the options page, matched in what the child is about to
 * send — also when spaced differently or misspelled a little ("oak field primary", "maple clse",
 * "kovalski", "göthe grundschule").
 *
 * Kept as entered, not hashed — on purpose:
 * - Matching "a little misspelled" needs the words: a hash only says whether two strings are
 *   exactly equal, so "Maple Clse" or "Kovalski" would slip past it.
 * - These are short, guessable values (a UK mobile is one of ~10⁹, a postcode one of ~1.7 million,
 *   a school one of a public list): anyone who can read the browser profile can recover them from
 *   a hash, salted or not, in seconds. A hash would promise a protection it cannot give.
 * - A parent must be able to see and correct the list.
 * So they are stored only in this browser's extension storage (never synced, never sent), shown
 * on the options page only after the parents' PIN when one is set, and read by the chat check
 * inside the extension's isolated world, which pages cannot read.
 */
import type { CountryCode } from 'libphonenumber-js/core';
import { fold, words } from '../text';
import { phoneDigits } from './phone';
import type { ProtectedDetail, ProtectedKind } from '../../vocabulary/protected-details';

/** The kinds a parent picks from and the stored shape: vocabulary/protected-details.ts. */
export type FamilyDetailKind = ProtectedKind;
export type FamilyDetail = ProtectedDetail;

/** Words that say what kind of thing a detail is, not which one: any spelling of them will do. */
const SCHOOL_WORDS = new Set(
  ('school primary academy high secondary college elementary infants junior grammar colegio cole escuela instituto insti ies ceip ' +
    'ecole lycee groupe scolaire schule grundschule gymnasium realschule gesamtschule szkola szkoly szkole szkoła podstawowa ' +
    'podstawowej podstawowa liceum sp nr numer no club fc').split(' '),
);
const STREET_WORDS = new Set(
  ('street st road rd lane ln close avenue ave drive dr way crescent court place calle c avenida avda plaza rue allee chemin ' +
    'impasse boulevard bd strasse str weg gasse platz ul ulica ulicy al aleja plac os osiedle').split(' '),
);
/**
 * A club known by one word is often an everyday word too ("Tigers", "Phoenix", "Swimming"): alone
 * it counts only beside one of these ("tigers club", "phoenix training"); its full name anywhere.
 */
const CLUB_WORDS = new Set('club fc team training practice klub verein equipo equipe druzyna'.split(' '));
const TITLES = new Set('mr mrs ms miss sir pan pani herr frau sr sra senor senora mme madame monsieur'.split(' '));
const isKindWord = (word: string) => SCHOOL_WORDS.has(word) || STREET_WORDS.has(word);

export interface PreparedDetail {
  kind: FamilyDetailKind;
  /** The detail's distinctive part, letters and digits only ("oakfield", "ls62qt"). */
  core: string;
  coreWords: number;
  /** The kind words it was written with ("close", "primary"), whose group may stand beside it. */
  kindGroup: ReadonlySet<string> | null;
  /** Counts only beside a word of its kind group (a one-word club). */
  needsKind?: boolean;
  /** Phone: the last nine digits, compared exactly. */
  digits?: string;
}

/** Allowed edits: none for short or numeric values (a wrong digit is another number). */
function tolerance(core: string): number {
  if (/\d/.test(core) || core.length <= 5) return 0;
  return core.length <= 8 ? 1 : 2;
}

export function prepareDetail(detail: FamilyDetail): PreparedDetail | null {
  const folded = fold(detail.value);
  if (detail.kind === 'phone') {
    const digits = folded.replace(/\D/g, '');
    return digits.length >= 7 ? { kind: 'phone', core: '', coreWords: 0, kindGroup: null, digits: digits.slice(-9) } : null;
  }
  const all = words(folded);
  const kinds = all.filter(isKindWord);
  // A street's house number ("14 Maple Close") is left out: children give the street without it.
  const named = all.filter((word) => !isKindWord(word));
  const core = detail.kind === 'street' && named.some((word) => /\D/.test(word)) ? named.filter((word) => /\D/.test(word)) : named;
  const kindGroup = kinds.some((word) => SCHOOL_WORDS.has(word)) ? SCHOOL_WORDS : kinds.length ? STREET_WORDS : null;
  const compact = core.join('');
  // A school known by its number ("Szkoła Podstawowa nr 34"): the number, beside a school word.
  if (/^\d+$/.test(compact) && kindGroup) return { kind: detail.kind, core: compact, coreWords: core.length, kindGroup };
  if (compact.length < 3) return null;
  if (detail.kind === 'club' && core.length === 1) return { kind: 'club', core: compact, coreWords: 1, kindGroup: CLUB_WORDS, needsKind: true };
  return { kind: detail.kind, core: compact, coreWords: core.length, kindGroup };
}

/** Optimal string alignment distance (Levenshtein plus swapped neighbours), stopped above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** A word of the detail's kind group ("close", "clse", "c/", "rd"), at most two words away. */
function kindNear(messageWords: string[], from: number, to: number, group: ReadonlySet<string>): boolean {
  for (let i = Math.max(0, from - 2); i <= Math.min(messageWords.length - 1, to + 2); i++) {
    if (i >= from && i <= to) continue;
    const word = messageWords[i]!;
    if (group.has(word)) return true;
    for (const kind of group) if (kind.length >= 5 && editDistance(word, kind, 1) <= 1) return true;
  }
  return false;
}

/**
 * Polish, German and Spanish change a word's ending with its use ("Lipowa" → "na Lipowej"): one
 * word of 5+ letters also matches a word that starts with all but its last letter and is at
 * most two letters longer.
 */
function inflected(word: string, core: string): boolean {
  return core.length >= 5 && /^\p{L}+$/u.test(core) && word.length >= core.length - 1 && word.length <= core.length + 2 && word.startsWith(core.slice(0, -1));
}

/** Three-letter pieces of a word. */
function trigrams(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= text.length; i++) out.push(text.slice(i, i + 3));
  return out;
}

/**
 * Whether a message word could be part of a match: with at most two edits in a core of 6+
 * letters (one in 6–8), some three-letter piece of the core survives (each edit breaks at most
 * three), so a word sharing none of them can be skipped. Short cores are matched exactly.
 */
function mayTouch(word: string, pieces: readonly string[]): boolean {
  return pieces.length === 0 || pieces.some((piece) => word.includes(piece));
}

function textDetailIn(messageWords: string[], detail: PreparedDetail): boolean {
  const max = tolerance(detail.core);
  const pieces = detail.core.length >= 6 ? trigrams(detail.core) : [];
  // Letters typed one by one ("k o w a l s k i", "L S 6 2 Q T") may be part of a match too.
  const spaced = (i: number) => messageWords[i]?.length === 1;
  const touching = messageWords.map((word, i) => mayTouch(word, pieces) || (spaced(i) && (spaced(i - 1) || spaced(i + 1))));
  if (!touching.includes(true)) return false;
  const longest = touching.some((_, i) => spaced(i)) ? detail.core.length + 2 : detail.coreWords + 2;
  // Short or numeric distinctive parts ("maple", "34") count only beside a word of their kind.
  const needsKind = detail.needsKind || (detail.core.length < 6 && detail.kindGroup !== null);
  for (let start = 0; start < messageWords.length; start++) {
    // A window that touches none of the core's pieces cannot match; with no edits allowed, its
    // first word must begin the core ("oak" + "field" = "oakfield").
    if (!touching.slice(start, start + longest).includes(true)) continue;
    // "Mr Brown", "pani Kowalska": a surname after a title is a grown-up's, most often a teacher.
    if (detail.kind === 'surname' && TITLES.has(messageWords[start - 1]!)) continue;
    const first = messageWords[start]!;
    if (max === 0 && !detail.core.startsWith(first) && !inflected(first, detail.core)) continue;
    let joined = '';
    for (let end = start; end < Math.min(messageWords.length, start + longest); end++) {
      joined += messageWords[end];
      if (joined.length > detail.core.length + max + 2) break;
      const close = (max === 0 ? joined === detail.core : editDistance(joined, detail.core, max) <= max) || (start === end && inflected(joined, detail.core));
      if (!close) continue;
      if (!needsKind || kindNear(messageWords, start, end, detail.kindGroup!)) return true;
    }
  }
  return false;
}

/** The kinds of the family's details found in a folded message (none of the words themselves). */
export function familyDetailsIn(folded: string, details: readonly PreparedDetail[], countries: readonly CountryCode[]): FamilyDetailKind[] {
  if (details.length === 0) return [];
  const messageWords = words(folded);
  let numbers: string[] | null = null;
  const found: FamilyDetailKind[] = [];
  for (const detail of details) {
    if (detail.digits) {
      numbers ??= phoneDigits(folded, countries).map((digits) => digits.slice(-9));
      if (numbers.includes(detail.digits)) found.push(detail.kind);
    } else if (textDetailIn(messageWords, detail)) found.push(detail.kind);
  }
  return found;
}
