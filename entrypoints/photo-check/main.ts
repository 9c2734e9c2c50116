import { browser } from 'wxt/browser';
import { isCheckRequest, startChecker } from '../../photo-check/page';
import { PHOTO_CHECK_PORT } from '../../vocabulary/photo-check';

// The e2e tests build a copy whose model is a stand-in that answers chosen scores
// (tests/e2e/harness/seam-build.mjs swaps photo-check/model.ts at build time); nothing of it is
// in the product build (scripts/check-bundle.mjs fails if it is).
const checker = startChecker({
  extensionUrl: (path) => browser.runtime.getURL(path as '/'),
  sendMessage: (message) => browser.runtime.sendMessage(message),
});
browser.runtime.onMessage.addListener((message: unknown) => (isCheckRequest(message) ? checker.answer(message) : undefined));
// The page script's checks come by a port only this page accepts (PHOTO_CHECK_PORT), so the
// background never receives the input; one check and its answer per port.
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== PHOTO_CHECK_PORT) return;
  port.onMessage.addListener((message: unknown) => {
    if (isCheckRequest(message)) void checker.answer(message).then((answer) => port.postMessage(answer));
  });
});
