/**
 * Text as the warning-sign patterns see it: folded (text.ts), contractions closed up ("don't" →
 * "dont", "you're" → "youre") and other apostrophes made spaces ("t'es" → "t es", "l'école" →
 * "l ecole"), leetspeak undone inside words, emoji and symbols made spaces, then the language's
 * slang expanded word by word.
 */
import { expandSlang, fold, unleet } from '../text';

export function baseForm(text: string): string {
  return unleet(fold(text))
    .replace(/(\p{L})'(t|re|m|s|ll|ve|d)\b/gu, '$1$2')
    .replace(/'/g, ' ')
    .replace(/[^\p{L}\p{N}\s?!.,£$€@/:-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function withSlang(base: string, slang: Readonly<Record<string, string>>): string {
  return expandSlang(base, slang);
}
