/**
 * The page script's side of the photo check: part of the lazily loaded reminder UI
 * (content/reminder/ui.ts), so the script every page loads does not grow. Each chosen file
 * is made into a message in this isolated world (the page cannot see it) by a second lazy file
 * (content-scripts/photo-input.js: a picture reduced to the model's input, a video whole) for
 * the extension's checker page (photo-check/), which the background opens on demand. The answer
 * is a verdict only. Files the check cannot take (too large, too many) count as "unknown": the ordinary
 * reminder, never an error.
 */
import { ext, type ExtPort } from '../ext';
import { isMediaFile } from '../classify/media';
import {
  isPhotoVerdict, MAX_CHECK_BYTES, PHOTO_CHECK_OPEN, PHOTO_CHECK_PORT, PHOTO_CHECK_RUN, type PhotoCheckAnswer, type PhotoCheckRequest, type PhotoVerdict,
} from '../../vocabulary/photo-check';
import { combineVerdicts } from '../../model/photo-verdict';
import { importPhotoInput } from './input-import';

/** More files than this in one share: the rest are not checked, so the answer is at most "unknown". */
export const MAX_CHECKED_FILES = 10;

/** Asks the background to open the checker page (the model starts loading there). */
export function warmPhotoCheck(): Promise<boolean> {
  const api = ext();
  if (!api) return Promise.resolve(false);
  importPhotoInput().catch(() => undefined); // loaded while the checker opens
  return api.runtime.sendMessage({ type: PHOTO_CHECK_OPEN }).then((ok) => ok === true, () => false);
}

/**
 * The file picker is open ("only when a photo may show nudity": the photo will wait for the
 * check): open the checker page, and also run the page script's reduction once on a made-up
 * picture so its code is compiled before the child's photo arrives.
 */
export function warmBeforeChoice(): Promise<boolean> {
  importPhotoInput().then((module) => module.warmUp?.()).catch(() => undefined);
  return warmPhotoCheck();
}

type CheckMessage = Pick<PhotoCheckRequest, 'input' | 'data'>;

/** A file made into a check's message; null when it cannot be (too large, not loadable, unreadable). */
async function messageOf(file: File): Promise<CheckMessage | null> {
  if (file.size > MAX_CHECK_BYTES) return null;
  try {
    const { input, data } = await (await importPhotoInput()).messageOf(file);
    return { input, data };
  } catch {
    return null;
  }
}

/** One check by a port only the checker page accepts (no port there: it disconnects at once). */
function overPort(port: ExtPort, request: PhotoCheckRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    port.onMessage.addListener((answer) => {
      resolve(answer);
      port.disconnect();
    });
    port.onDisconnect.addListener(() => reject(new Error('checker page gone')));
    port.postMessage(request);
  });
}

async function askChecker(message: CheckMessage | null): Promise<PhotoVerdict> {
  const api = ext();
  if (!api || !message) return 'unknown';
  try {
    const request: PhotoCheckRequest = { type: PHOTO_CHECK_RUN, ...message };
    const port = api.runtime.connect?.({ name: PHOTO_CHECK_PORT });
    const answer = (await (port ? overPort(port, request) : api.runtime.sendMessage(request))) as PhotoCheckAnswer | undefined;
    return isPhotoVerdict(answer?.verdict) ? answer.verdict : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * "Only when a photo may show nudity": the longest a chosen photo waits, held with no reminder,
 * for the check; after it the answer is "unknown" (so the ordinary reminder).
 */
export const PHOTO_WAIT_MS = 2000;

export function gatePhotos(files: readonly File[], waitMs = PHOTO_WAIT_MS): Promise<PhotoVerdict> {
  return Promise.race([checkPhotos(files), new Promise<PhotoVerdict>((resolve) => setTimeout(() => resolve('unknown'), waitMs))]);
}

/**
 * One verdict for everything shared at once; any failure is "unknown". The first file is read
 * and decoded while the checker page opens and its model loads (two processes, both cores),
 * not after; the others one by one, none after a firm answer.
 */
export async function checkPhotos(files: readonly File[]): Promise<PhotoVerdict> {
  const media = files.filter(isMediaFile);
  if (media.length === 0 || !ext()) return 'unknown';
  const checked = media.slice(0, MAX_CHECKED_FILES);
  const first = messageOf(checked[0]!); // never rejects
  if (!(await warmPhotoCheck())) return 'unknown';
  const verdicts: PhotoVerdict[] = [];
  for (const [i, file] of checked.entries()) {
    const verdict = await askChecker(await (i === 0 ? first : messageOf(file)));
    verdicts.push(verdict);
    if (verdict === 'firm') break; // the firm words are settled; no need to read the rest
  }
  if (media.length > MAX_CHECKED_FILES) verdicts.push('unknown');
  return combineVerdicts(verdicts);
}
