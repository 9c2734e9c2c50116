/**
 * Warning signs in one incoming message: which signs of the guidance it shows (sign ids, never
 * the words). Every language's patterns are tried, since children's chats mix languages. Pure
 * and synchronous; the patterns are compiled once, on first use.
 */
import { CHAT_LANGUAGES, SIGN_IDS, type ChatLanguage, type SignId } from '../types';
import type { LanguagePatterns, SignRule } from './pattern-types';
import { baseForm, withSlang } from './normalise';
import { en } from './patterns/en';
import { es } from './patterns/es';
import { fr } from './patterns/fr';
import { de } from './patterns/de';
import { pl } from './patterns/pl';

export const PATTERNS: Record<ChatLanguage, LanguagePatterns> = { en, es, fr, de, pl };

interface Compiled {
  slang: Record<string, string>;
  signs: [SignId, RegExp][];
  weak: [SignId, RegExp][];
  flattery: RegExp | null;
  urgency: RegExp | null;
}

/** One alternation per sign: one pass over the text instead of one per rule. */
const join = (rules: readonly SignRule[] | undefined): RegExp | null =>
  rules?.length ? new RegExp(rules.map((rule) => `(?:${rule.pattern})`).join('|')) : null;

function compile(patterns: LanguagePatterns): Compiled {
  const signs: [SignId, RegExp][] = [];
  const weak: [SignId, RegExp][] = [];
  for (const sign of SIGN_IDS) {
    const strong = join(patterns.signs[sign]);
    if (strong) signs.push([sign, strong]);
    const soft = join(patterns.weak?.[sign]);
    if (soft) weak.push([sign, soft]);
  }
  return { slang: patterns.slang, signs, weak, flattery: join(patterns.cues.flattery), urgency: join(patterns.cues.urgency) };
}

/**
 * Everyday uses of every language together: "educación sexual" must stop the English word
 * "sexual" too, and a game lobby is a game lobby in any language.
 */
function compileUnless(all: readonly LanguagePatterns[]): Map<SignId, RegExp> {
  const unless = new Map<SignId, RegExp>();
  for (const sign of SIGN_IDS) {
    const list = all.flatMap((patterns) => patterns.unless?.[sign] ?? []);
    if (list.length) unless.set(sign, new RegExp(list.map((p) => `(?:${p})`).join('|')));
  }
  return unless;
}

let compiled: Compiled[] | null = null;
let unless: Map<SignId, RegExp> | null = null;

export interface MessageSigns {
  signs: SignId[];
  /** Half of flattery-urgency, kept by the conversation for the next messages. */
  flattery: boolean;
  urgency: boolean;
}

/** Longer than any chat message; beyond it, only the start is read. */
export const MAX_READ_LENGTH = 2000;

export function readSigns(text: string): MessageSigns {
  compiled ??= CHAT_LANGUAGES.map((language) => compile(PATTERNS[language]));
  unless ??= compileUnless(CHAT_LANGUAGES.map((language) => PATTERNS[language]));
  const base = baseForm(text.slice(0, MAX_READ_LENGTH));
  const found = new Set<SignId>();
  let flattery = false;
  let urgency = false;
  if (!base) return { signs: [], flattery, urgency };
  const weakHits: SignId[] = [];
  for (const language of compiled) {
    const normal = withSlang(base, language.slang);
    for (const [sign, pattern] of language.signs) {
      if (!found.has(sign) && pattern.test(normal) && !unless.get(sign)?.test(normal)) found.add(sign);
    }
    for (const [sign, pattern] of language.weak) {
      if (pattern.test(normal) && !unless.get(sign)?.test(normal)) weakHits.push(sign);
    }
    flattery ||= !!language.flattery?.test(normal);
    urgency ||= !!language.urgency?.test(normal);
  }
  // A weak sign counts beside another sign of the same message.
  if (found.size > 0) for (const sign of weakHits) found.add(sign);
  if (flattery && urgency) found.add('flattery-urgency');
  return { signs: SIGN_IDS.filter((sign) => found.has(sign)), flattery, urgency };
}

export function detectSigns(text: string): SignId[] {
  return readSigns(text).signs;
}
