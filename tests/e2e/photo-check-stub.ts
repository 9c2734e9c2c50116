/**
 * TEST SEAM — never in the product build: tests/e2e/harness/seam-build.mjs builds a copy in
 * which the checker page (photo-check/page.ts) imports this file in place of photo-check/model.ts
 * (scripts/check-bundle.mjs fails if it is in .output).
 * A stand-in for the model that answers the scores a test chose, so e2e tests can drive the
 * firm reminder through the real message path: page script (decoding the real picture to the
 * model's input) → background → checker page → verdict → reminder. The checker page (an offscreen document) has
 * no storage API, so it asks the test for the scores with a runtime message, which the test
 * answers from its extension page (answerStubScores).
 */
import type { LoadedModel } from '../../photo-check/model';
import type { ClassScores } from '../../vocabulary/photo-check';

export const STUB_MARKER = 'safe-nudge-photo-check-test-stub';
export const STUB_SCORES_REQUEST = 'safe-nudge-photo-check-test-stub:scores';

const NEUTRAL: ClassScores = { Drawing: 0, Hentai: 0, Neutral: 1, Porn: 0, Sexy: 0 };

/** In place of photo-check/model.ts's loadModel. */
export const loadModel = (): Promise<LoadedModel> => stubModel();

export async function stubModel(): Promise<LoadedModel> {
  // Firefox's `browser` returns promises; its `chrome` (MV2) takes callbacks and returns
  // undefined, so there the stand-in must use `browser` (Chrome's MV3 `chrome` returns promises).
  const api = globalThis as unknown as Record<'browser' | 'chrome', { runtime: { sendMessage(m: unknown): Promise<unknown> } } | undefined>;
  const runtime = (api.browser ?? api.chrome)!.runtime;
  return {
    backend: STUB_MARKER,
    async classify() {
      const scores = (await runtime.sendMessage({ type: STUB_SCORES_REQUEST }).catch(() => null)) as ClassScores | null;
      return scores ?? NEUTRAL;
    },
    dispose() {},
  };
}
