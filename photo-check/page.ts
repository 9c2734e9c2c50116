/**
 * The checker page (entrypoints/photo-check): answers the page script's photo checks. It runs
 * only inside the extension — Chrome's offscreen document, an iframe of Firefox's background
 * page — never in a site's page, so a site's CSP cannot break it and the site cannot read the
 * picture or the answer. The model starts loading as soon as the page opens (the page script
 * opens it when a photo is chosen, while the reminder is on screen) and the page asks to be
 * closed after a minute with nothing to check, which frees the model's memory.
 *
 * The picture is decoded in memory, checked and dropped: never stored, logged, sent or cached.
 */
import { blobOfDataUrl, inputsOf, lastImageTimes } from './decode';
import { decodeInput } from './transfer';
import { loadModel, type LoadedModel } from './model';
import { PHOTO_CHECK_IDLE, PHOTO_CHECK_RUN, type ClassScores, type PhotoCheckAnswer, type PhotoCheckRequest } from '../vocabulary/photo-check';
import { verdictOf } from '../model/photo-verdict';

/** Idle this long (no check running or asked for) and the page asks the background to close it. */
export const IDLE_MS = 60_000;

export interface CheckerDeps {
  extensionUrl(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  loadModel?: (extensionUrl: (path: string) => string) => Promise<LoadedModel>;
  inputsOf?: (blob: Blob) => Promise<Float32Array[]>;
  idleMs?: number;
}

const prefixed = (times: Record<string, number>) => Object.fromEntries(Object.entries(times).map(([k, v]) => [`image.${k}`, v]));

export function isCheckRequest(message: unknown): message is PhotoCheckRequest {
  const m = message as Partial<PhotoCheckRequest> | null;
  return typeof m === 'object' && m !== null && m.type === PHOTO_CHECK_RUN && (typeof m.data === 'string' || typeof m.input === 'string');
}

export function startChecker(deps: CheckerDeps): { answer(request: PhotoCheckRequest): Promise<PhotoCheckAnswer>; model: Promise<LoadedModel> } {
  const model = (deps.loadModel ?? loadModel)(deps.extensionUrl);
  model.catch(() => undefined); // a failed load answers "unknown" to each check
  const decode = deps.inputsOf ?? inputsOf;
  let running = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const armIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      if (running > 0) return armIdle();
      void model.then((m) => m.dispose(), () => undefined);
      void deps.sendMessage({ type: PHOTO_CHECK_IDLE }).catch(() => undefined);
    }, deps.idleMs ?? IDLE_MS);
  };
  armIdle();

  async function answer(request: PhotoCheckRequest): Promise<PhotoCheckAnswer> {
    running++;
    clearTimeout(idle);
    const ms: Record<string, number> = {};
    let start = performance.now();
    const lap = (name: string) => {
      const now = performance.now();
      ms[name] = now - start;
      start = now;
    };
    try {
      const loaded = await model;
      lap('model');
      // Reduced by the page script already (photo-check/input.ts), or the whole file.
      const reduced = typeof request.input === 'string' ? [decodeInput(request.input)] : null;
      const blob = reduced ? null : blobOfDataUrl(request.data ?? '');
      lap('bytes');
      const inputs = reduced ?? (await decode(blob!));
      lap('decode');
      const frames: ClassScores[] = [];
      for (const input of inputs) frames.push(await loaded.classify(input));
      lap('classify');
      const verdict = verdictOf(frames);
      if (!request.detail) return { verdict };
      return { verdict, detail: { frames, backend: loaded.backend, ms: { ...ms, ...(reduced ? {} : prefixed(lastImageTimes)) } } };
    } catch {
      return { verdict: 'unknown' };
    } finally {
      running--;
      armIdle();
    }
  }
  return { answer, model };
}
