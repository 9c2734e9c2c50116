/**
 * The checker page (photo-check/page.ts) with a stand-in model and decoder: it answers a
 * verdict (scores only when asked for detail), "unknown" when decoding or the model fails, and
 * asks to be closed — after disposing of the model — once idle for its idle time.
 */
import { describe, expect, it, vi } from 'vitest';
import { isCheckRequest, startChecker } from '../../photo-check/page';
import { PHOTO_CHECK_IDLE, PHOTO_CHECK_RUN, type ClassScores } from '../../vocabulary/photo-check';
import { encodeInput, INPUT_LENGTH } from '../../photo-check/transfer';

const scores = (s: Partial<ClassScores>): ClassScores => ({ Drawing: 0, Hentai: 0, Neutral: 0, Porn: 0, Sexy: 0, ...s });
const request = (detail = false) => ({ type: PHOTO_CHECK_RUN as typeof PHOTO_CHECK_RUN, data: 'data:image/jpeg;base64,AAAA', detail });

function checker(options: { classify?: (input: Float32Array) => Promise<ClassScores>; decode?: () => Promise<Float32Array[]>; idleMs?: number } = {}) {
  const sent: unknown[] = [];
  const dispose = vi.fn();
  const page = startChecker({
    extensionUrl: (path) => `chrome-extension://id/${path}`,
    sendMessage: async (message) => void sent.push(message),
    loadModel: async () => ({ backend: 'test', classify: options.classify ?? (async () => scores({ Neutral: 1 })), dispose }),
    inputsOf: options.decode ?? (async () => [new Float32Array(224 * 224 * 3)]),
    idleMs: options.idleMs ?? 60_000,
  });
  return { page, sent, dispose };
}

describe('checker page', () => {
  it('recognises only well-formed check requests', () => {
    expect(isCheckRequest(request())).toBe(true);
    expect(isCheckRequest({ type: PHOTO_CHECK_RUN })).toBe(false);
    expect(isCheckRequest({ type: 'other', data: '' })).toBe(false);
    expect(isCheckRequest(null)).toBe(false);
  });

  it('answers the verdict only, unless detail is asked for', async () => {
    const { page } = checker({ classify: async () => scores({ Porn: 0.7, Neutral: 0.3 }) });
    expect(await page.answer(request())).toEqual({ verdict: 'firm' });
    const detailed = await page.answer(request(true));
    expect(detailed.detail?.frames).toEqual([scores({ Porn: 0.7, Neutral: 0.3 })]);
    expect(detailed.detail?.backend).toBe('test');
  });

  it('"unknown" when the picture cannot be decoded or the model fails', async () => {
    expect(await checker({ decode: async () => Promise.reject(new Error('HEIC')) }).page.answer(request())).toEqual({ verdict: 'unknown' });
    expect(await checker({ classify: async () => Promise.reject(new Error('lost')) }).page.answer(request())).toEqual({ verdict: 'unknown' });
    expect(await checker().page.answer({ type: PHOTO_CHECK_RUN as typeof PHOTO_CHECK_RUN, data: 'not a data url' })).toEqual({ verdict: 'unknown' });
  });

  it('an input the page script reduced is classified as sent, without decoding anything', async () => {
    const seen: Float32Array[] = [];
    const decode = vi.fn(async () => [new Float32Array(1)]);
    const { page } = checker({ decode, classify: async (input) => (seen.push(input), scores({ Neutral: 1 })) });
    const input = new Float32Array(INPUT_LENGTH).map((_, i) => (i % 255) + 0.25);
    expect(isCheckRequest({ type: PHOTO_CHECK_RUN, input: encodeInput(input) })).toBe(true);
    expect(await page.answer({ type: PHOTO_CHECK_RUN as typeof PHOTO_CHECK_RUN, input: encodeInput(input) })).toEqual({ verdict: 'ordinary' });
    expect(decode).not.toHaveBeenCalled();
    expect(seen).toHaveLength(1);
    expect(seen[0]![1000]).toBe(input[1000]);
    expect(seen[0]![INPUT_LENGTH - 1]).toBe(input[INPUT_LENGTH - 1]);
  });

  it('"unknown" for an input that is not one (wrong size, out of range)', async () => {
    const { page } = checker();
    const bad = new Float32Array(INPUT_LENGTH).fill(300);
    for (const input of [encodeInput(new Float32Array(10)), encodeInput(bad), '!!!']) {
      expect(await page.answer({ type: PHOTO_CHECK_RUN as typeof PHOTO_CHECK_RUN, input })).toEqual({ verdict: 'unknown' });
    }
  });

  it('a video: every frame counts, the firmest wins', async () => {
    const frames = [scores({ Neutral: 1 }), scores({ Neutral: 1 }), scores({ Hentai: 0.6, Neutral: 0.4 })];
    let i = 0;
    const { page } = checker({ decode: async () => frames.map(() => new Float32Array(1)), classify: async () => frames[i++]! });
    expect((await page.answer(request())).verdict).toBe('firm');
  });

  it('after its idle time with nothing to check, disposes of the model and asks to be closed', async () => {
    vi.useFakeTimers();
    try {
      const { page, sent, dispose } = checker({ idleMs: 1000 });
      await page.answer(request());
      await vi.advanceTimersByTimeAsync(999);
      expect(sent).toEqual([]);
      await vi.advanceTimersByTimeAsync(2);
      expect(sent).toEqual([{ type: PHOTO_CHECK_IDLE }]);
      expect(dispose).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });
});
