/**
 * Numbers written as words or spaced out, turned back into digits, so "oh seven seven double
 * one…", "zéro six douze trente-quatre…" or "0 7 7 0 0…" are read as the number they spell.
 * Works on folded text (chat/text.ts: lower case, no accents). Each language's words
 * are data; a run of number words and digit groups becomes one digit string.
 */
import type { ChatLanguage } from '../types';

/** What a word is worth; `times` multiplies the group so far (French "quatre-vingts", "cent"). */
interface Word { value: number; times?: boolean }

const UNITS = (list: string[]): Record<string, Word> => Object.fromEntries(list.map((w, i) => [w, { value: i }]));
const list = (entries: [string, number][]): Record<string, Word> => Object.fromEntries(entries.map(([w, v]) => [w, { value: v }]));

const EN: Record<string, Word> = {
  ...UNITS(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']),
  oh: { value: 0 }, o: { value: 0 }, nought: { value: 0 }, nil: { value: 0 },
  ...list([['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
    ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
    ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90]]),
  hundred: { value: 100, times: true },
};
const ES: Record<string, Word> = {
  ...UNITS(['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve']),
  un: { value: 1 }, una: { value: 1 },
  ...list([['diez', 10], ['once', 11], ['doce', 12], ['trece', 13], ['catorce', 14], ['quince', 15], ['dieciseis', 16],
    ['diecisiete', 17], ['dieciocho', 18], ['diecinueve', 19], ['veinte', 20], ['veintiuno', 21], ['veintidos', 22],
    ['veintitres', 23], ['veinticuatro', 24], ['veinticinco', 25], ['veintiseis', 26], ['veintisiete', 27], ['veintiocho', 28],
    ['veintinueve', 29], ['treinta', 30], ['cuarenta', 40], ['cincuenta', 50], ['sesenta', 60], ['setenta', 70], ['ochenta', 80],
    ['noventa', 90], ['cien', 100], ['ciento', 100], ['doscientos', 200], ['trescientos', 300], ['cuatrocientos', 400],
    ['quinientos', 500], ['seiscientos', 600], ['setecientos', 700], ['ochocientos', 800], ['novecientos', 900]]),
};
const FR: Record<string, Word> = {
  ...UNITS(['zero', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf']),
  une: { value: 1 },
  ...list([['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13], ['quatorze', 14], ['quinze', 15], ['seize', 16],
    ['dixsept', 17], ['dixhuit', 18], ['dixneuf', 19], ['vingt', 20], ['vingts', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60]]),
  cent: { value: 100, times: true }, cents: { value: 100, times: true },
};
const DE_UNITS = ['null', 'eins', 'zwei', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun'];
const DE: Record<string, Word> = {
  ...UNITS(DE_UNITS),
  ein: { value: 1 }, zwo: { value: 2 }, fuenf: { value: 5 },
  ...list([['zehn', 10], ['elf', 11], ['zwolf', 12], ['dreizehn', 13], ['vierzehn', 14], ['funfzehn', 15], ['sechzehn', 16],
    ['siebzehn', 17], ['achtzehn', 18], ['neunzehn', 19], ['zwanzig', 20], ['dreissig', 30], ['vierzig', 40], ['funfzig', 50],
    ['sechzig', 60], ['siebzig', 70], ['achtzig', 80], ['neunzig', 90]]),
  hundert: { value: 100, times: true },
};
const PL: Record<string, Word> = {
  ...UNITS(['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'piec', 'szesc', 'siedem', 'osiem', 'dziewiec']),
  jedna: { value: 1 }, jedno: { value: 1 }, dwie: { value: 2 },
  ...list([['dziesiec', 10], ['jedenascie', 11], ['dwanascie', 12], ['trzynascie', 13], ['czternascie', 14], ['pietnascie', 15],
    ['szesnascie', 16], ['siedemnascie', 17], ['osiemnascie', 18], ['dziewietnascie', 19], ['dwadziescia', 20], ['trzydziesci', 30],
    ['czterdziesci', 40], ['piecdziesiat', 50], ['szescdziesiat', 60], ['siedemdziesiat', 70], ['osiemdziesiat', 80],
    ['dziewiecdziesiat', 90], ['sto', 100], ['dwiescie', 200], ['trzysta', 300], ['czterysta', 400], ['piecset', 500],
    ['szescset', 600], ['siedemset', 700], ['osiemset', 800], ['dziewiecset', 900]]),
};

const LEXICONS: Record<ChatLanguage, Record<string, Word>> = { en: EN, es: ES, fr: FR, de: DE, pl: PL };

/** Words that join parts of one number ("treinta y cuatro", "vingt et un"). */
const JOINERS = new Set(['y', 'et', 'and', 'und', 'i']);
/** Words that repeat the next digit ("double four" = 44). */
const REPEAT: Record<string, number> = { double: 2, triple: 3, doble: 2, doppel: 2, doppelte: 2, podwojne: 2, podwojna: 2 };

/** Every language's words in one table (the first language listed wins a shared spelling). */
const LEXICON = new Map<string, Word>();
for (const lexicon of Object.values(LEXICONS)) for (const [word, value] of Object.entries(lexicon)) if (!LEXICON.has(word)) LEXICON.set(word, value);

/** One word (or a hyphenated French/German compound) as a number, or null. */
function wordValue(token: string): Word | null {
  return LEXICON.get(token) ?? (token.includes('und') ? germanCompound(token) : null);
}

/** Cheap first look: could this word be part of a spelled number at all? */
const mayBeNumberWord = (token: string): boolean =>
  LEXICON.has(token) || token in REPEAT || JOINERS.has(token) || token.includes('-') || token.includes('und');

/** "vierunddreissig" = 34: German writes unit + "und" + tens as one word. */
function germanCompound(token: string): Word | null {
  const match = /^(ein|zwei|drei|vier|funf|sechs|sieben|acht|neun)und(zwanzig|dreissig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig)$/.exec(token);
  if (!match) return null;
  return { value: DE[match[2]!]!.value + (match[1] === 'ein' ? 1 : DE[match[1]!]!.value) };
}

/** Digits of a number group: additive parts ("trente" + "quatre"), multipliers ("quatre" × "vingt"). */
class Group {
  total = 0;
  any = false;
  /** Whether `value` can be added to the group so far: 30 + 4, 600 + 12, French 60 + 18, 80 + 19. */
  takes(value: number): boolean {
    const { total } = this;
    if (total >= 100 && total % 100 === 0) return value < 100;
    if (total >= 20 && total % 10 === 0) return value < 10 || ((total === 60 || total === 80) && value < 20);
    return false;
  }
  add(word: Word): boolean {
    const { value } = word;
    if (!this.any) {
      this.total = value;
      this.any = true;
      return true;
    }
    // French "quatre-vingt(s)" = 4 × 20; "cent" multiplies what came before.
    if ((word.times || value === 20) && this.total > 1 && this.total < 10) {
      this.total *= value;
      return true;
    }
    if (!this.takes(value)) return false;
    this.total += value;
    return true;
  }
  digits(): string {
    return String(this.total);
  }
}

const TOKEN = /\+|\d+|[\p{L}]+(?:-[\p{L}]+)*/gu;
/** What may stand between the tokens of one spelled-out number. */
const GAP = /^[\s.,\-/()]*$/;

export interface SpelledNumber {
  /** The digits, in order ("+" kept when the number starts with one). */
  digits: string;
  /** Where in the folded text the run starts and ends. */
  start: number;
  end: number;
  /** True when some of it was words, or digits one by one ("0 7 7…"): not a plain number. */
  spelled: boolean;
}

/**
 * Runs of number words and digit groups in folded text, each as one digit string. A run ends at
 * anything that is neither (a word, a sentence); only runs of 7+ digits are returned.
 */
let lastText = '';
let lastRuns: SpelledNumber[] = [];

/** The same message is read by the phone and the family-detail checks: the runs are kept for it. */
export function spelledNumbers(folded: string): SpelledNumber[] {
  if (folded !== lastText) {
    lastRuns = findRuns(folded);
    lastText = folded;
  }
  return lastRuns;
}

function findRuns(folded: string): SpelledNumber[] {
  const runs: SpelledNumber[] = [];
  let digits = '';
  let start = -1;
  let end = -1;
  let pieces = 0;
  let wordsSeen = 0;
  let repeat = 1;
  let group: Group | null = null;
  const closeGroup = () => {
    if (group?.any) digits += group.digits().repeat(repeat);
    if (group?.any) repeat = 1;
    group = null;
  };
  const closeRun = () => {
    closeGroup();
    const count = digits.replace(/\D/g, '').length;
    if (count >= 7) runs.push({ digits, start, end, spelled: wordsSeen > 0 || pieces >= count - 1 });
    digits = '';
    start = -1;
    pieces = 0;
    wordsSeen = 0;
    repeat = 1;
  };
  let previousEnd = 0;
  for (const match of folded.matchAll(TOKEN)) {
    const token = match[0];
    const at = match.index!;
    if (start >= 0 && !GAP.test(folded.slice(previousEnd, at))) closeRun();
    previousEnd = at + token.length;
    if (token === '+') {
      if (start < 0 && /^\s*\d/.test(folded.slice(previousEnd))) {
        start = at;
        digits = '+';
        end = previousEnd;
      } else closeRun();
      continue;
    }
    if (/^\d+$/.test(token)) {
      closeGroup();
      if (start < 0) start = at;
      digits += token.repeat(repeat);
      repeat = 1;
      pieces++;
      end = previousEnd;
      continue;
    }
    if (!mayBeNumberWord(token)) {
      if (start >= 0) closeRun();
      continue;
    }
    // "dix-sept", "dix-huit", "dix-neuf" are one number (17–19), also inside "soixante-dix-huit".
    const parts = token.replace(/dix-(sept|huit|neuf)/g, 'dix$1').split('-');
    const values = parts.map((part) => (JOINERS.has(part) ? 'join' : REPEAT[part] ? 'repeat' : wordValue(part)));
    if (values.some((v) => v === null) || (start < 0 && values[0] !== null && typeof values[0] !== 'object' && values[0] !== 'repeat')) {
      if (start >= 0) closeRun();
      continue;
    }
    if (start < 0) start = at;
    end = previousEnd;
    wordsSeen++;
    parts.forEach((part, i) => {
      const value = values[i];
      if (value === 'join') return;
      if (value === 'repeat') {
        closeGroup();
        repeat = REPEAT[part]!;
        return;
      }
      const word = value as Word;
      group ??= new Group();
      if (!group.add(word)) {
        closeGroup();
        group = new Group();
        group.add(word);
      }
      if (word.value < 10 && !word.times && repeat > 1) closeGroup();
      pieces++;
    });
  }
  if (start >= 0) closeRun();
  return runs;
}
