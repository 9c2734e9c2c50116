// Chromium with the built extension, and one function that sends a file's bytes to the photo
// checker over the extension's runtime messages (from an extension page, as the page script
// does from a site's page) and returns its detailed answer. Used by scripts/photo-bench.mjs and
// scripts/photo-parity.mjs.
import { join } from 'node:path';
import { createJiti } from 'jiti';

const root = join(import.meta.dirname, '..', '..');
const jiti = createJiti(import.meta.url);
const { launchWithExtension } = await jiti.import(join(root, 'tests/e2e/harness/browser.ts'));
const { startServer } = await jiti.import(join(root, 'tests/e2e/harness/server.ts'));
const { TMP_DIR } = await jiti.import(join(root, 'tests/e2e/harness/paths.ts'));
const { PHOTO_CHECK_OPEN, PHOTO_CHECK_PORT, PHOTO_CHECK_RUN } = await jiti.import(join(root, 'vocabulary/photo-check.ts'));
const { PHOTO_INPUT_FILE } = await jiti.import(join(root, 'content/photo/input-import.ts'));

export async function checkerSession() {
  const server = await startServer();
  const browser = await launchWithExtension({ port: server.port });
  const page = browser.extensionPage;
  return {
    browser,
    page,
    /** This checkout's browser profiles (for /proc memory readings). */
    profileMark: join(TMP_DIR, 'profile-'),
    open: () => page.evaluate(async (type) => {
      const t0 = performance.now();
      await chrome.runtime.sendMessage({ type });
      return performance.now() - t0;
    }, PHOTO_CHECK_OPEN),
    /**
     * Runs the built photo-input.js's warm-up, as the page script does when the child's file
     * picker opens in "only when a photo may show nudity" mode (content/photo/check.ts
     * warmBeforeChoice). True if it ran; null for a build without one.
     */
    warmSender: () => page.evaluate(async (file) => {
      const { photoInput } = await import(`${location.origin}/${file}`);
      return photoInput.warmUp ? photoInput.warmUp() : null;
    }, PHOTO_INPUT_FILE),
    /** Puts a file into the page as globalThis.__photo (a File, as a page script would hold). */
    setFile: (bytes, type, name = 'photo') => page.evaluate(({ b64, type, name }) => {
      const bin = atob(b64);
      const arr = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
      globalThis.__photo = new File([arr], name, { type });
    }, { b64: Buffer.from(bytes).toString('base64'), type, name }),
    /**
     * One check as the page script does it for a picture: the built photo-input.js (the same
     * file the page script imports) reduces the File to the model's input, one message of it,
     * the answer. `read` is the reduction (reading, decoding, sampling, base64). `byPort`: by a
     * port only the checker page accepts (the page script's way since 2026-12-03), not a runtime message.
     */
    check: (byPort = false) => page.evaluate(async ({ run, file, portName }) => {
      const t0 = performance.now();
      // The extension's own origin (getURL gives the per-session URL, which only content scripts may load).
      const { photoInput } = await import(`${location.origin}/${file}`);
      const tImported = performance.now();
      const reduced = await photoInput.messageOf(globalThis.__photo);
      const t1 = performance.now();
      const request = { type: run, input: reduced.input, data: reduced.data, detail: true };
      const answer = portName
        ? await new Promise((resolve, reject) => {
          const port = chrome.runtime.connect({ name: portName });
          port.onMessage.addListener((a) => (resolve(a), port.disconnect()));
          port.onDisconnect.addListener(() => reject(new Error('checker page gone')));
          port.postMessage(request);
        })
        : await chrome.runtime.sendMessage(request);
      return { total: performance.now() - tImported, read: t1 - tImported, importMs: tImported - t0, reduced: { ms: reduced.ms, viaImageDecoder: reduced.viaImageDecoder, viaPlanes: reduced.viaPlanes, viaSplit: reduced.viaSplit }, answer };
    }, { run: PHOTO_CHECK_RUN, file: PHOTO_INPUT_FILE, portName: byPort ? PHOTO_CHECK_PORT : null }),
    /** The whole file as a data: URL (FileReader) → message → the checker page decodes it (videos; before issue 11's speed work, pictures too). */
    checkWhole: () => page.evaluate(async ({ run }) => {
      const t0 = performance.now();
      const data = await new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result);
        reader.onerror = () => reject(reader.error);
        reader.readAsDataURL(globalThis.__photo);
      });
      const t1 = performance.now();
      const answer = await chrome.runtime.sendMessage({ type: run, data, detail: true });
      return { total: performance.now() - t0, read: t1 - t0, answer };
    }, { run: PHOTO_CHECK_RUN }),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
