/**
 * The page script's side of a check's message (issue 11, speed): loaded into the isolated world
 * only when a photo is checked (content-scripts/photo-input.js, built by
 * build/content-bundles.ts), never at page start. A picture is decoded here with the same code
 * the checker page uses (decode.ts: ImageDecoder, only the rows and columns the resize reads)
 * and only the model's input is sent (a 12-MP JPEG: 0.4 MB instead of a 4.8 MB data: URL, which
 * Chrome's extension messaging serialises as JSON). A video (it needs a <video>, which the
 * site's CSP may refuse here), or a picture that cannot be decoded here, goes whole as a data:
 * URL and the checker page decodes it. Nothing is kept: the decoded frame is closed before this
 * returns.
 */
import type { PhotoInputModule } from '../vocabulary/photo-check';
import { imageInput, lastImageTimes, warmUp } from './decode';
import { encodeInput } from './transfer';

function dataUrlOf(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unreadable')));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

async function reduced(file: Blob): Promise<{ input: string; ms: Record<string, number>; viaImageDecoder: boolean; viaPlanes: boolean; viaSplit: boolean }> {
  const start = performance.now();
  const input = await imageInput(file);
  const decoded = performance.now();
  const text = encodeInput(input);
  const ms = { decode: lastImageTimes.bitmap, sample: lastImageTimes.sample, encode: performance.now() - decoded, total: performance.now() - start };
  return { input: text, ms, viaImageDecoder: lastImageTimes.viaImageDecoder === 1, viaPlanes: lastImageTimes.viaPlanes === 1, viaSplit: lastImageTimes.viaSplit === 1 };
}

export const photoInput: PhotoInputModule = {
  async messageOf(file) {
    if (file.type.startsWith('image/')) {
      const picture = await reduced(file).catch(() => null);
      if (picture) return picture;
    }
    return { data: await dataUrlOf(file) };
  },
  warmUp: () => warmUp().catch(() => false),
};
