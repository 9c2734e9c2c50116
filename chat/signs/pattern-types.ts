/**
 * The shape of one language's warning-sign data (patterns/<lang>.ts). Patterns are written
 * against normalised text (normalise.ts: folded, no accents, no apostrophes in contractions,
 * leetspeak undone, the language's slang expanded), so "U R SO PRETTY!!!" and "ur so pretty"
 * are one case.
 */
import type { SignId } from '../types';
import type { GuidanceId } from './guidance';

export interface SignRule {
  /**
   * Source of a regular expression over normalised text. Compiled without the `u` flag (it
   * makes V8's compiled patterns several times bigger and slower to build): normalised text of
   * these five languages is plain a–z, so write letters as `[a-z]`, not `\p{L}`.
   */
  pattern: string;
  /** Which guidance list this comes from. */
  source: GuidanceId;
}

export interface LanguagePatterns {
  /** Whole-word replacements: "u" → "you", "rn" → "right now". */
  slang: Record<string, string>;
  /** A match is the sign. */
  signs: Partial<Record<SignId, SignRule[]>>;
  /**
   * A match is the sign only beside another sign in the same message: "don't tell anyone" is a
   * friend's gossip on its own and a warning sign next to a gift, a photo or a meeting.
   */
  weak?: Partial<Record<SignId, SignRule[]>>;
  /** Flattery and urgency: the sign is the two together (flattery-urgency). */
  cues: { flattery: SignRule[]; urgency: SignRule[] };
  /** Everyday uses that look like a sign ("private server", "sex ed"): the sign is not reported. */
  unless?: Partial<Record<SignId, string[]>>;
}
