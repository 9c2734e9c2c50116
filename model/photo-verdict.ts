/**
 * From the model's class scores to what the reminder says. Pure, tested on its own
 * (tests/unit/photo-verdict.test.ts).
 *
 * The model (nsfwjs 4.4.0's MobileNetV2, trained by GantMan/nsfw_model on the
 * nsfw_data_scraper categories) gives five scores that add up to 1: Drawing, Hentai, Neutral,
 * Porn, Sexy. Published figures: about 90 % accuracy for this small model (nsfwjs README,
 * 2024: "~90% with small and ~93% with midsized model"); the project publishes no per-class
 * threshold. The nsfw-filter browser extension, built on it, flags a picture when Porn, Hentai
 * or Sexy is the top class (nsfw-filter/nsfw-filter, issue #43, 2020), i.e. from roughly 0.4–0.5.
 */
import type { ClassScores, PhotoVerdict } from '../vocabulary/photo-check';

/**
 * Firm words when Porn + Hentai reach a half: the model then finds "explicit" more likely
 * than all its other classes together, which is at or above the top-class rule above. On the
 * 158 ordinary photos of people in tests/photo-check (docs/performance.md) the highest
 * Porn + Hentai measured is 0.27.
 */
export const FIRM_THRESHOLD = 0.5;

/**
 * The gentle photo reminder (rather than letting a photo through in "only when a photo may
 * show nudity" mode) when Sexy alone is high: above the top-class rule, because swimwear,
 * sport and beach photos are scored Sexy often and are ordinary family photos (the highest
 * Sexy on the 158 portraits: 0.53).
 */
export const SEXY_THRESHOLD = 0.8;

export function verdictOf(frames: readonly ClassScores[]): PhotoVerdict {
  if (frames.length === 0) return 'unknown';
  if (frames.some((s) => s.Porn + s.Hentai >= FIRM_THRESHOLD)) return 'firm';
  if (frames.some((s) => s.Sexy >= SEXY_THRESHOLD)) return 'photo';
  return 'ordinary';
}

/** Several files shared at once: the firmest answer wins; one that could not be checked counts. */
export function combineVerdicts(verdicts: readonly PhotoVerdict[]): PhotoVerdict {
  for (const verdict of ['firm', 'photo', 'unknown'] as const) if (verdicts.includes(verdict)) return verdict;
  return verdicts.length ? 'ordinary' : 'unknown';
}
