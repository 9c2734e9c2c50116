/**
 * The page script's side of the photo check (content/photo/check.ts): what it sends, what it
 * refuses to read, and that an answer that never comes is "unknown" after the wait.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PHOTO_CHECK_OPEN, PHOTO_CHECK_RUN } from '../../vocabulary/photo-check';

const sent: { type: string; data?: string; input?: string }[] = [];
const reply = vi.hoisted(() => ({ run: (): Promise<unknown> => Promise.resolve({ verdict: 'ordinary' }) }));
vi.mock('../../content/ext', () => ({
  ext: () => ({
    runtime: {
      sendMessage: (message: { type: string; data?: string; input?: string }) => {
        sent.push(message);
        return message.type === 'safe-nudge:photo-check-open' ? Promise.resolve(true) : reply.run();
      },
    },
  }),
}));

// The lazily loaded message maker (content-scripts/photo-input.js) is photo-check/input.ts,
// loaded from this test's module graph; `reduce` stands in for its decoding (happy-dom has no
// ImageDecoder): null makes decoding fail, as for a HEIC picture.
const reduce = vi.hoisted(() => ({ input: null as Float32Array | null, imports: 0, importFails: false }));
vi.mock('../../photo-check/decode', () => ({
  imageInput: async () => {
    if (!reduce.input) throw new Error('cannot decode');
    return reduce.input;
  },
  lastImageTimes: { bitmap: 1, sample: 1, viaImageDecoder: 1, viaPlanes: 1 },
}));
vi.mock('../../content/photo/input-import', async () => {
  const { photoInput } = await import('../../photo-check/input');
  return {
    importPhotoInput: async () => {
      reduce.imports++;
      if (reduce.importFails) throw new Error('not loadable');
      return photoInput;
    },
  };
});

const { checkPhotos, gatePhotos, MAX_CHECKED_FILES } = await import('../../content/photo/check');
const { decodeInput, INPUT_LENGTH } = await import('../../photo-check/transfer');
const jpeg = (name = 'me.jpg', bytes = 3) => new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' });

beforeEach(() => {
  sent.length = 0;
  Object.assign(reduce, { input: null, imports: 0, importFails: false });
  reply.run = () => Promise.resolve({ verdict: 'ordinary' });
});

describe('photo check client', () => {
  it('opens the checker, then sends only the model input of a picture, and returns the verdict', async () => {
    reduce.input = new Float32Array(INPUT_LENGTH).fill(128.5);
    reply.run = () => Promise.resolve({ verdict: 'firm' });
    expect(await checkPhotos([jpeg()])).toBe('firm');
    expect(sent.map((m) => m.type)).toEqual([PHOTO_CHECK_OPEN, PHOTO_CHECK_RUN]);
    expect(sent[1]!.data).toBeUndefined();
    expect(decodeInput(sent[1]!.input!).every((v) => v === 128.5)).toBe(true);
    expect(reduce.imports).toBeGreaterThanOrEqual(2); // loaded ahead while the checker opens, then used
  });

  it('a picture it cannot decode in the page, and a video, go whole as a data: URL', async () => {
    expect(await checkPhotos([jpeg('IMG.heic')])).toBe('ordinary');
    expect(await checkPhotos([new File([new Uint8Array(4)], 'clip.mp4', { type: 'video/mp4' })])).toBe('ordinary');
    const runs = sent.filter((m) => m.type === PHOTO_CHECK_RUN);
    expect(runs.map((m) => m.data?.slice(0, 22))).toEqual(['data:image/jpeg;base64', 'data:video/mp4;base64,']);
    expect(runs.every((m) => m.input === undefined)).toBe(true);
  });

  it('if the message maker cannot be loaded, the answer is "unknown" and nothing is sent', async () => {
    reduce.importFails = true;
    expect(await checkPhotos([jpeg()])).toBe('unknown');
    expect(sent.filter((m) => m.type === PHOTO_CHECK_RUN)).toEqual([]);
  });

  it('reads only photos and videos; a PDF alone is "unknown" and is never sent', async () => {
    expect(await checkPhotos([new File(['%PDF'], 'homework.pdf', { type: 'application/pdf' })])).toBe('unknown');
    expect(sent).toEqual([]);
  });

  it('a broken or foreign answer, or a failed message, is "unknown"', async () => {
    reply.run = () => Promise.resolve({ verdict: 'safe' });
    expect(await checkPhotos([jpeg()])).toBe('unknown');
    reply.run = () => Promise.reject(new Error('Receiving end does not exist'));
    expect(await checkPhotos([jpeg()])).toBe('unknown');
  });

  it(`checks at most ${MAX_CHECKED_FILES} files; more make the answer "unknown" at best`, async () => {
    const many = Array.from({ length: MAX_CHECKED_FILES + 2 }, (_, i) => jpeg(`${i}.jpg`));
    expect(await checkPhotos(many)).toBe('unknown');
    expect(sent.filter((m) => m.type === PHOTO_CHECK_RUN)).toHaveLength(MAX_CHECKED_FILES);
  });

  it('stops at the first firm answer', async () => {
    reply.run = () => Promise.resolve({ verdict: 'firm' });
    expect(await checkPhotos([jpeg('a.jpg'), jpeg('b.jpg'), jpeg('c.jpg')])).toBe('firm');
    expect(sent.filter((m) => m.type === PHOTO_CHECK_RUN)).toHaveLength(1);
  });

  it('"only when a photo may show nudity": no answer within the wait is "unknown"', async () => {
    reply.run = () => new Promise(() => undefined);
    const started = Date.now();
    expect(await gatePhotos([jpeg()], 50)).toBe('unknown');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
