/**
 * The page script's side of the photo check (content/photo/check.ts): what it sends, what it
 * refuses to read, that the first picture is read while the checker page opens (and sent only
 * after), and that an answer that never comes is "unknown" after the wait.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_CHECK_BYTES, PHOTO_CHECK_OPEN, PHOTO_CHECK_PORT, PHOTO_CHECK_RUN } from '../../vocabulary/photo-check';

const sent: { type: string; data?: string; input?: string }[] = [];
const reply = vi.hoisted(() => ({
  run: (): Promise<unknown> => Promise.resolve({ verdict: 'ordinary' }),
  open: (): Promise<unknown> => Promise.resolve(true),
}));
/** What happened, in order: 'open' (asked), 'read' (a picture's decoding started), 'run' (a check sent). */
const events = vi.hoisted(() => [] as string[]);
/**
 * With `ports.on`, the runtime can connect (Chrome, Firefox): a port named for the checker page
 * answers with `reply.run()`, or disconnects without an answer when `ports.gone`.
 */
const ports = vi.hoisted(() => ({ on: false, gone: false, names: [] as string[], disconnected: 0 }));
vi.mock('../../content/ext', () => ({
  ext: () => ({
    runtime: {
      connect: ports.on ? ({ name }: { name: string }) => {
        ports.names.push(name);
        const listeners = { message: [] as ((m: unknown) => void)[], disconnect: [] as (() => void)[] };
        return {
          onMessage: { addListener: (cb: (m: unknown) => void) => listeners.message.push(cb) },
          onDisconnect: { addListener: (cb: () => void) => listeners.disconnect.push(cb) },
          disconnect: () => void ports.disconnected++,
          postMessage: (message: { type: string; data?: string; input?: string }) => {
            sent.push(message);
            events.push('run');
            if (ports.gone) setTimeout(() => listeners.disconnect.forEach((cb) => cb()));
            else void reply.run().then((answer) => listeners.message.forEach((cb) => cb(answer)));
          },
        };
      } : undefined,
      sendMessage: (message: { type: string; data?: string; input?: string }) => {
        sent.push(message);
        events.push(message.type === 'safe-nudge:photo-check-open' ? 'open' : 'run');
        return message.type === 'safe-nudge:photo-check-open' ? reply.open() : reply.run();
      },
    },
  }),
}));

// The lazily loaded message maker (content-scripts/photo-input.js) is photo-check/input.ts,
// loaded from this test's module graph; `reduce` stands in for its decoding (happy-dom has no
// ImageDecoder): null makes decoding fail, as for a HEIC picture.
const reduce = vi.hoisted(() => ({ input: null as Float32Array | null, imports: 0, importFails: false, warmUps: 0, warmUpFails: false }));
vi.mock('../../photo-check/decode', () => ({
  imageInput: async () => {
    events.push('read');
    if (!reduce.input) throw new Error('cannot decode');
    return reduce.input;
  },
  lastImageTimes: { bitmap: 1, sample: 1, viaImageDecoder: 1, viaPlanes: 1 },
  warmUp: async () => {
    events.push('warm-up');
    reduce.warmUps++;
    if (reduce.warmUpFails) throw new Error('no VideoFrame here');
    return true;
  },
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

const { checkPhotos, gatePhotos, MAX_CHECKED_FILES, warmBeforeChoice } = await import('../../content/photo/check');
const { decodeInput, INPUT_LENGTH } = await import('../../photo-check/transfer');
const jpeg = (name = 'me.jpg', bytes = 3) => new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' });

beforeEach(() => {
  sent.length = 0;
  events.length = 0;
  Object.assign(ports, { on: false, gone: false, names: [], disconnected: 0 });
  reply.open = () => Promise.resolve(true);
  Object.assign(reduce, { input: null, imports: 0, importFails: false, warmUps: 0, warmUpFails: false });
  reply.run = () => Promise.resolve({ verdict: 'ordinary' });
});

describe('photo check client', () => {
  it('while the picker is open: opens the checker and compiles the reduction once on a made-up picture; checks do not', async () => {
    expect(await warmBeforeChoice()).toBe(true);
    await vi.waitFor(() => expect(reduce.warmUps).toBe(1));
    expect(sent.map((m) => m.type)).toEqual([PHOTO_CHECK_OPEN]);
    reduce.input = new Float32Array(INPUT_LENGTH).fill(1);
    expect(await checkPhotos([jpeg()])).toBe('ordinary');
    expect(reduce.warmUps, 'a check reads the child\'s photo at once, with no warm-up beside it').toBe(1);
  });

  it('a warm-up that fails, or a reducer that cannot load, still opens the checker', async () => {
    reduce.warmUpFails = true;
    expect(await warmBeforeChoice()).toBe(true);
    await vi.waitFor(() => expect(reduce.warmUps).toBe(1));
    reduce.importFails = true;
    expect(await warmBeforeChoice()).toBe(true);
    expect(sent.map((m) => m.type)).toEqual([PHOTO_CHECK_OPEN, PHOTO_CHECK_OPEN]);
  });

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

  it('reads the first picture while the checker page opens, and sends it only once the page is open', async () => {
    reduce.input = new Float32Array(INPUT_LENGTH).fill(7);
    let opened!: (ok: boolean) => void;
    reply.open = () => new Promise((resolve) => (opened = resolve));
    const verdict = checkPhotos([jpeg()]);
    await vi.waitFor(() => expect(events).toContain('read'));
    expect(events).toEqual(['open', 'read']); // the open has not answered yet
    opened(true);
    expect(await verdict).toBe('ordinary');
    expect(events).toEqual(['open', 'read', 'run']);
  });

  it('if the checker page cannot open, the picture read meanwhile is dropped: "unknown", nothing sent', async () => {
    reduce.input = new Float32Array(INPUT_LENGTH).fill(7);
    reply.open = () => Promise.resolve(false);
    expect(await checkPhotos([jpeg()])).toBe('unknown');
    reply.open = () => Promise.reject(new Error('Extension context invalidated'));
    expect(await checkPhotos([jpeg('IMG.heic')])).toBe('unknown'); // its data: URL read too: no unhandled rejection
    expect(sent.filter((m) => m.type === PHOTO_CHECK_RUN)).toEqual([]);
  });

  it('a picture that cannot be read while the page opens is "unknown" for that picture only', async () => {
    reduce.importFails = true;
    const verdict = checkPhotos([jpeg('a.jpg'), jpeg('b.jpg')]);
    await Promise.resolve();
    reduce.importFails = false;
    reduce.input = new Float32Array(INPUT_LENGTH).fill(7);
    reply.run = () => Promise.resolve({ verdict: 'photo' });
    expect(await verdict).toBe('photo');
    expect(sent.filter((m) => m.type === PHOTO_CHECK_RUN)).toHaveLength(1);
  });

  it('a file over the size limit is never read, even while the page opens', async () => {
    const big = jpeg('big.jpg');
    Object.defineProperty(big, 'size', { value: MAX_CHECK_BYTES + 1 });
    expect(await checkPhotos([big])).toBe('unknown');
    expect(events).toEqual(['open']);
  });

  it('reads the next file only after the answer for the one before, and none after a firm answer', async () => {
    reduce.input = new Float32Array(INPUT_LENGTH).fill(7);
    reply.run = () => Promise.resolve({ verdict: events.filter((e) => e === 'run').length === 2 ? 'firm' : 'ordinary' });
    expect(await checkPhotos([jpeg('a.jpg'), jpeg('b.jpg'), jpeg('c.jpg')])).toBe('firm');
    expect(events).toEqual(['open', 'read', 'run', 'read', 'run']);
  });

  it('where the runtime has ports, a check goes by a port only the checker page accepts, one port per check', async () => {
    ports.on = true;
    reduce.input = new Float32Array(INPUT_LENGTH).fill(3);
    reply.run = () => Promise.resolve({ verdict: 'photo' });
    expect(await checkPhotos([jpeg('a.jpg'), jpeg('b.jpg')])).toBe('photo');
    expect(ports.names).toEqual([PHOTO_CHECK_PORT, PHOTO_CHECK_PORT]);
    expect(ports.disconnected).toBe(2);
    expect(events).toEqual(['open', 'read', 'run', 'read', 'run']); // the open still by runtime message, to the background
    expect(decodeInput(sent[1]!.input!).every((v) => v === 3)).toBe(true);
  });

  it('a port closed without an answer (no checker page) is "unknown"', async () => {
    Object.assign(ports, { on: true, gone: true });
    reduce.input = new Float32Array(INPUT_LENGTH).fill(3);
    expect(await checkPhotos([jpeg()])).toBe('unknown');
  });

  it('"only when a photo may show nudity": no answer within the wait is "unknown"', async () => {
    reply.run = () => new Promise(() => undefined);
    const started = Date.now();
    expect(await gatePhotos([jpeg()], 50)).toBe('unknown');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
