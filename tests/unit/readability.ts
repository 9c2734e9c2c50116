/**
 * Flesch-Kincaid grade level, for the words children read:
 * 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
 * Sentences end at . ! or ?; a text without an ending counts as one sentence.
 */
import { syllable } from 'syllable';

export function fleschKincaidGrade(text: string): number {
  const words = text.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];
  if (words.length === 0) return 0;
  const sentences = Math.max(1, (text.match(/[.!?]+(?=\s|$)/g) ?? []).length);
  const syllables = words.reduce((total, word) => total + Math.max(1, syllable(word)), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
}
