/**
 * The background opens and closes the checker page (entrypoints/photo-check):
 * - Chrome (MV3): an offscreen document. Its service worker has no DOM for decoding videos and
 *   is stopped when idle; an offscreen document lives until closed, and closing it frees all
 *   of the model's memory. Needs the "offscreen" permission (docs/permissions.md).
 * - Firefox (MV2): an iframe of the background page, removed to free the memory.
 * One page at a time; opening is idempotent, so every check may ask first.
 */
export const CHECKER_PAGE = 'photo-check.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}
interface RuntimeApi {
  getURL(path: string): string;
}
interface ChromeRuntime {
  getContexts?(filter: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]>;
}

const chromeApi = () => (globalThis as { chrome?: { offscreen?: OffscreenApi; runtime?: ChromeRuntime } }).chrome;

let queue: Promise<unknown> = Promise.resolve();
/** Open and close one after the other, so a close never races an open. */
function serial<T>(run: () => Promise<T>): Promise<T> {
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

async function offscreenOpen(offscreen: OffscreenApi, runtime: RuntimeApi): Promise<boolean> {
  const url = runtime.getURL(CHECKER_PAGE);
  const contexts = await chromeApi()?.runtime?.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  const open = contexts?.some((c) => c.documentUrl === url);
  if (open) return false;
  try {
    await offscreen.createDocument({
      url: CHECKER_PAGE,
      // Decodes the chosen picture (a Blob) with createImageBitmap, or a video through an object URL.
      reasons: ['BLOBS'],
      justification: 'Checks a photo the child is about to share, on this computer, to choose the reminder\'s words.',
    });
    return true;
  } catch (error) {
    if (/single offscreen/i.test(String(error))) return false; // opened meanwhile
    throw error;
  }
}

function frameOpen(runtime: RuntimeApi): Promise<boolean> {
  const url = runtime.getURL(CHECKER_PAGE);
  if (document.querySelector(`iframe[src="${url}"]`)) return Promise.resolve(false);
  const frame = document.createElement('iframe');
  frame.src = url;
  return new Promise((resolve, reject) => {
    frame.addEventListener('load', () => resolve(true), { once: true });
    frame.addEventListener('error', () => reject(new Error('checker page did not load')), { once: true });
    (document.body ?? document.documentElement).append(frame);
  });
}

/** Opens the checker page if it is not open. Resolves once it listens for checks. */
export function openChecker(runtime: RuntimeApi): Promise<boolean> {
  return serial(async () => {
    const offscreen = chromeApi()?.offscreen;
    return offscreen ? offscreenOpen(offscreen, runtime) : frameOpen(runtime);
  });
}

export function closeChecker(runtime: RuntimeApi): Promise<void> {
  return serial(async () => {
    const offscreen = chromeApi()?.offscreen;
    if (offscreen) {
      await offscreen.closeDocument().catch(() => undefined); // none open: nothing to do
      return;
    }
    document.querySelector(`iframe[src="${runtime.getURL(CHECKER_PAGE)}"]`)?.remove();
  });
}
