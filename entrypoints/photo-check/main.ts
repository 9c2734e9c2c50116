import { browser } from 'wxt/browser';
import { isCheckRequest, startChecker } from '../../photo-check/page';
import type { LoadedModel } from '../../photo-check/model';

// The e2e tests' stand-in model (chosen scores through the real message path) exists only in
// builds made with VITE_PHOTO_CHECK_STUB=1 (tests/e2e/harness/seam-build.ts); in the product
// build this condition is the constant false and the stub is not bundled
// (scripts/check-bundle.mjs fails if it is).
const stubModel = import.meta.env.VITE_PHOTO_CHECK_STUB === '1'
  ? (): Promise<LoadedModel> => import('../../tests/e2e/photo-check-stub').then((m) => m.stubModel())
  : undefined;

const checker = startChecker({
  extensionUrl: (path) => browser.runtime.getURL(path as '/'),
  sendMessage: (message) => browser.runtime.sendMessage(message),
  loadModel: stubModel,
});
browser.runtime.onMessage.addListener((message: unknown) => (isCheckRequest(message) ? checker.answer(message) : undefined));
