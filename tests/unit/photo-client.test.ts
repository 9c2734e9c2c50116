/**
 * The page script's side of the photo check (content/photo/check.ts): what it sends, what it
 * refuses to read, and that an answer that never comes is "unknown" after the wait.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PHOTO_CHECK_OPEN, PHOTO_CHECK_RUN } from '../../vocabulary/photo-check';

const sent: { type: string; data?: string }[] = [];
const reply = vi.hoisted(() => ({ run: (): Promise<unknown> => Promise.resolve({ verdict: 'ordinary' }) }));
vi.mock('../../content/ext', () => ({
  ext: () => ({
    runtime: {
      sendMessage: (message: { type: string; data?: string }) => {
        sent.push(message);
        return message.type === 'safe-nudge:photo-check-open' ? Promise.resolve(true) : reply.run();
      },
    },
  }),
}));

const { checkPhotos, gatePhotos, MAX_CHECKED_FILES } = await import('../../content/photo/check');
const jpeg = (name = 'me.jpg', bytes = 3) => new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' });

beforeEach(() => {
  sent.length = 0;
  reply.run = () => Promise.resolve({ verdict: 'ordinary' });
});

describe('photo check client', () => {
  it('opens the checker, then sends the picture as a data: URL and returns the verdict', async () => {
    reply.run = () => Promise.resolve({ verdict: 'firm' });
    expect(await checkPhotos([jpeg()])).toBe('firm');
    expect(sent.map((m) => m.type)).toEqual([PHOTO_CHECK_OPEN, PHOTO_CHECK_RUN]);
    expect(sent[1]!.data).toMatch(/^data:image\/jpeg;base64,/);
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
