import { browser } from 'wxt/browser';
import { isCheckRequest, startChecker } from '../../photo-check/page';

// The e2e tests build a copy whose model is a stand-in that answers chosen scores
// (tests/e2e/harness/seam-build.mjs swaps photo-check/model.ts at build time); nothing of it is
// in the product build (scripts/check-bundle.mjs fails if it is).
const checker = startChecker({
  extensionUrl: (path) => browser.runtime.getURL(path as '/'),
  sendMessage: (message) => browser.runtime.sendMessage(message),
});
browser.runtime.onMessage.addListener((message: unknown) => (isCheckRequest(message) ? checker.answer(message) : undefined));
