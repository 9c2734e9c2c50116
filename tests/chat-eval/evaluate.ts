/**
 * The chat evaluation: runs the detectors over the labelled set and counts found / missed /
 * false alarms per category or sign and per language. scripts/chat-eval.mjs prints it; the unit
 * test (tests/unit/chat-eval.test.ts) holds the development set to the targets.
 */
import { CHAT_LANGUAGES, PERSONAL_CATEGORIES, SIGN_IDS, type ChatLanguage } from '../../chat/types';
import { detectPersonal, type PersonalContext } from '../../chat/personal/detect';
import { countriesFor } from '../../chat/personal/phone';
import { prepareDetail, type PreparedDetail } from '../../chat/personal/family';
import { detectSigns } from '../../chat/signs/detect';
import { ConversationSigns } from '../../chat/signs/conversation';
import { generateOrdinary, ordinaryConversations, readLanguage, type Example, type Part } from './load';

export const REGION_OF: Record<ChatLanguage, string> = { en: 'GB', es: 'ES', fr: 'FR', de: 'DE', pl: 'PL' };

export interface Cell { found: number; missed: number; false: number; positives: number }
export interface Miss { where: string; text: string; expected: string[]; got: string[] }

export interface LanguageResult {
  language: ChatLanguage;
  personal: Record<string, Cell>;
  signs: Record<string, Cell>;
  /** Outgoing messages with a personal detail: how many were held at all (any category). */
  heldPositives: { held: number; total: number };
  /** Ordinary outgoing messages (hand-written and generated) and how many were held. */
  ordinaryOut: { held: number; total: number; generated: number };
  /** Ordinary messages read as incoming, and how many showed a sign. */
  ordinaryIn: { flagged: number; total: number };
  conversations: { flagged: number; total: number; length: number };
  misses: Miss[];
}

const emptyCells = (ids: readonly string[]): Record<string, Cell> => Object.fromEntries(ids.map((id) => [id, { found: 0, missed: 0, false: 0, positives: 0 }]));

/**
 * Scoring rule for `family-detail`: each file's protected details were written from the same
 * values as its phone, address and school examples, so a message labelled with another personal
 * category may hold a protected detail without saying so; an extra `family-detail` there is not
 * counted as a false alarm. On ordinary messages it is.
 */
function score(cells: Record<string, Cell>, expected: string[], got: string[]): void {
  for (const [id, cell] of Object.entries(cells)) {
    const want = expected.includes(id);
    const has = got.includes(id);
    if (id === 'family-detail' && has && !want && expected.length > 0) continue;
    if (want) cell.positives++;
    if (want && has) cell.found++;
    else if (want) cell.missed++;
    else if (has) cell.false++;
  }
}

/** The `# protected:` line lists school | phone | street | postcode | surname (| club), as a parent would type them. */
const LINE_KINDS = ['school', 'phone', 'street', 'postcode', 'surname', 'club'] as const;

function familyOf(details: string[]): PreparedDetail[] {
  return details
    .map((value, i) => prepareDetail({ kind: LINE_KINDS[i] ?? 'other', value }))
    .filter((detail): detail is PreparedDetail => detail !== null);
}

export const CONVERSATIONS = 600;
export const CONVERSATION_LENGTH = 8;

export function evaluateLanguage(part: Part, language: ChatLanguage): LanguageResult {
  const { examples, protectedDetails } = readLanguage(part, language);
  const generated = generateOrdinary(part, language, part === 'dev' ? 75 : 50);
  const context: PersonalContext = { countries: countriesFor(REGION_OF[language]), family: familyOf(protectedDetails) };
  const result: LanguageResult = {
    language, personal: emptyCells(PERSONAL_CATEGORIES), signs: emptyCells(SIGN_IDS), heldPositives: { held: 0, total: 0 },
    ordinaryOut: { held: 0, total: 0, generated: generated.length }, ordinaryIn: { flagged: 0, total: 0 },
    conversations: { flagged: 0, total: CONVERSATIONS, length: CONVERSATION_LENGTH }, misses: [],
  };
  const note = (example: Example, got: string[]) => {
    const extra = got.filter((g) => !example.labels.includes(g) && !(g === 'family-detail' && example.labels.length > 0));
    const wrong = extra.length > 0 || example.labels.some((l) => !got.includes(l));
    if (wrong) result.misses.push({ where: example.where, text: example.text, expected: example.labels, got });
  };
  for (const example of examples.filter((e) => e.direction === 'out')) {
    const got = detectPersonal(example.text, context);
    score(result.personal, example.labels, got);
    if (example.labels.length) {
      result.heldPositives.total++;
      if (got.length) result.heldPositives.held++;
    } else {
      result.ordinaryOut.total++;
      if (got.length) result.ordinaryOut.held++;
    }
    note(example, got);
  }
  for (const example of generated) {
    const got = detectPersonal(example.text, context);
    score(result.personal, [], got);
    result.ordinaryOut.total++;
    if (got.length) {
      result.ordinaryOut.held++;
      note(example, got);
    }
  }
  const incoming = examples.filter((e) => e.direction === 'in');
  for (const example of incoming) {
    const got = detectSigns(example.text);
    score(result.signs, example.labels, got);
    if (!example.labels.length) {
      result.ordinaryIn.total++;
      if (got.length) result.ordinaryIn.flagged++;
    }
    note(example, got);
  }
  for (const example of generated) {
    const got = detectSigns(example.text);
    score(result.signs, [], got);
    result.ordinaryIn.total++;
    if (got.length) {
      result.ordinaryIn.flagged++;
      note({ ...example, direction: 'in' }, got);
    }
  }
  // Ordinary conversations: everyday messages only (hand-written ordinary of both directions and
  // generated), eight at a time, read as one conversation would be.
  const pool = [...examples.filter((e) => !e.labels.length).map((e) => e.text), ...generated.map((e) => e.text)];
  const seed = (part === 'dev' ? 7 : 77) + CHAT_LANGUAGES.indexOf(language);
  for (const conversation of ordinaryConversations(pool, CONVERSATIONS, CONVERSATION_LENGTH, seed)) {
    const reader = new ConversationSigns();
    const hit = conversation.findIndex((text) => reader.read(text).length > 0);
    if (hit < 0) continue;
    result.conversations.flagged++;
    const signs = new ConversationSigns();
    const got = conversation.slice(0, hit + 1).map((text) => signs.read(text)).pop() ?? [];
    result.misses.push({ where: `conversation (message ${hit + 1})`, text: conversation.slice(Math.max(0, hit - 1), hit + 1).join(' ⏎ '), expected: [], got });
  }
  return result;
}

export function evaluate(part: Part): LanguageResult[] {
  return CHAT_LANGUAGES.map((language) => evaluateLanguage(part, language));
}
