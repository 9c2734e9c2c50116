/** From class scores to words (model/photo-verdict.ts). */
import { describe, expect, it } from 'vitest';
import { combineVerdicts, FIRM_THRESHOLD, SEXY_THRESHOLD, verdictOf } from '../../model/photo-verdict';
import type { ClassScores } from '../../vocabulary/photo-check';

const scores = (s: Partial<ClassScores>): ClassScores => ({ Drawing: 0, Hentai: 0, Neutral: 0, Porn: 0, Sexy: 0, ...s });

describe('photo verdict', () => {
  it('firm when Porn + Hentai reach the threshold, in any frame', () => {
    expect(verdictOf([scores({ Porn: FIRM_THRESHOLD, Neutral: 1 - FIRM_THRESHOLD })])).toBe('firm');
    expect(verdictOf([scores({ Porn: 0.3, Hentai: 0.25, Neutral: 0.45 })])).toBe('firm');
    expect(verdictOf([scores({ Neutral: 1 }), scores({ Neutral: 1 }), scores({ Porn: 0.9, Neutral: 0.1 })])).toBe('firm');
  });

  it('the gentle photo reminder for Sexy over its higher threshold only', () => {
    expect(verdictOf([scores({ Sexy: SEXY_THRESHOLD, Neutral: 1 - SEXY_THRESHOLD })])).toBe('photo');
    expect(verdictOf([scores({ Sexy: SEXY_THRESHOLD - 0.01, Neutral: 0.21 })])).toBe('ordinary');
    expect(SEXY_THRESHOLD).toBeGreaterThan(FIRM_THRESHOLD);
  });

  it('ordinary just under the firm threshold; unknown with no frame', () => {
    expect(verdictOf([scores({ Porn: 0.49, Neutral: 0.51 })])).toBe('ordinary');
    expect(verdictOf([])).toBe('unknown');
  });

  it('several files: the firmest answer wins, and one that could not be checked counts', () => {
    expect(combineVerdicts(['ordinary', 'firm', 'unknown'])).toBe('firm');
    expect(combineVerdicts(['ordinary', 'photo'])).toBe('photo');
    expect(combineVerdicts(['ordinary', 'unknown'])).toBe('unknown');
    expect(combineVerdicts(['ordinary', 'ordinary'])).toBe('ordinary');
    expect(combineVerdicts([])).toBe('unknown');
  });
});
