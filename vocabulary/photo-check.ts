/**
 * The photo check's words: its messages, between the page script's reminder UI
 * (content/photo/), the background (which opens the checker page) and the checker page itself
 * (photo-check/page.ts), and what a check can answer.
 * Everything travels inside the extension's own messaging: nothing leaves the computer, and
 * the web page can neither see a message nor forge one.
 */

/** Page script → background: open the checker page (and start loading the model) if it is not open. */
export const PHOTO_CHECK_OPEN = 'safe-nudge:photo-check-open';
/** Page script → checker page: check one picture or video. */
export const PHOTO_CHECK_RUN = 'safe-nudge:photo-check';
/**
 * Page script → checker page, by a port of this name: a check and its answer. A port's messages
 * go only to the page that accepted it; a runtime message (PHOTO_CHECK_RUN alone) also wakes the
 * background and makes it parse the 0.4 MB input.
 */
export const PHOTO_CHECK_PORT = 'safe-nudge:photo-check-port';
/** Checker page → background: nothing to check for a minute; close me (frees the model's memory). */
export const PHOTO_CHECK_IDLE = 'safe-nudge:photo-check-idle';

/**
 * What a check decides (never the picture, never its scores, unless asked for `detail` by the
 * measurement scripts):
 * - `firm`: the model says it may show private parts (Porn/Hentai over the threshold);
 * - `photo`: it may be a revealing picture (Sexy over its higher threshold): the gentle reminder;
 * - `ordinary`: nothing of the kind;
 * - `unknown`: it could not be checked (HEIC, a corrupt file, too large, an error).
 */
export type PhotoVerdict = 'firm' | 'photo' | 'ordinary' | 'unknown';
export const VERDICTS: readonly PhotoVerdict[] = ['firm', 'photo', 'ordinary', 'unknown'];

export interface PhotoCheckRequest {
  type: typeof PHOTO_CHECK_RUN;
  /**
   * A picture already reduced by the page script to the model's input (224×224×3 numbers in
   * half precision, as base64: photo-check/transfer.ts), so the whole file never crosses
   * extension messaging.
   */
  input?: string;
  /**
   * Otherwise the file's bytes as a data: URL (extension messaging carries strings, not Blobs,
   * in Chrome): videos, and pictures the page script could not reduce.
   */
  data?: string;
  /** Measurement scripts only: also answer the class scores and timings. */
  detail?: boolean;
}

/**
 * The lazily loaded module that makes a check's message in the page script (photo-check/input.ts,
 * built as content-scripts/photo-input.js): a picture's `input`, with where its time went (for
 * the measurement scripts), or a file's `data`.
 */
export interface PhotoInputModule {
  messageOf(file: Blob): Promise<Pick<PhotoCheckRequest, 'input' | 'data'> & { ms?: Record<string, number>; viaImageDecoder?: boolean; viaPlanes?: boolean; viaSplit?: boolean }>;
  /** Compiles the reduction on a made-up picture before a photo arrives; whether it ran. */
  warmUp?(): Promise<boolean>;
}

export type ClassScores = Record<'Drawing' | 'Hentai' | 'Neutral' | 'Porn' | 'Sexy', number>;

export interface PhotoCheckAnswer {
  verdict: PhotoVerdict;
  /** With `detail`: the scores of each frame checked, the backend, and where the time went. */
  detail?: { frames: ClassScores[]; backend: string; ms: Record<string, number> };
}

/** Larger files are not read into a message: `unknown`, so the ordinary reminder. */
export const MAX_CHECK_BYTES = 24 * 1024 * 1024;

export function isPhotoVerdict(value: unknown): value is PhotoVerdict {
  return VERDICTS.includes(value as PhotoVerdict);
}
