/**
 * TEST SEAM — never in the product build (entrypoints/photo-check/main.ts imports it only when
 * built with VITE_PHOTO_CHECK_STUB=1; scripts/check-bundle.mjs fails if it is in .output).
 * A stand-in for the model that answers the scores a test chose (extension storage key
 * `photoCheckStubScores`), so e2e tests can drive the firm reminder through the real message
 * path: page script → checker page → verdict → reminder. Decoding still runs for real.
 */
import type { LoadedModel } from '../../photo-check/model';
import type { ClassScores } from '../../photo-check/protocol';

export const STUB_MARKER = 'safe-nudge-photo-check-test-stub';
export const STUB_SCORES_KEY = 'photoCheckStubScores';

export async function stubModel(): Promise<LoadedModel> {
  const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } } }).chrome;
  return {
    backend: STUB_MARKER,
    async classify() {
      const stored = (await api.storage.local.get([STUB_SCORES_KEY]))[STUB_SCORES_KEY] as ClassScores | undefined;
      return stored ?? { Drawing: 0, Hentai: 0, Neutral: 1, Porn: 0, Sexy: 0 };
    },
    dispose() {},
  };
}
