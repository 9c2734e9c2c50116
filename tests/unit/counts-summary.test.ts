/** "This week": the counts the popup shows, and clearing them. */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addCount, summarize, validCounts } from '../../model/counts';
import { recordChoice } from '../../content/record';
import { clearCounts, readCounts } from '../../settings/store';

describe('summarize', () => {
  const counts = {
    '2026-11-28|friend-request|tiktok|cancel': 2,
    '2026-11-27|image-upload|instagram|continue': 1,
    '2026-11-22|friend-request|instagram|note': 4,
    '2026-11-21|friend-request|tiktok|cancel': 9, // eight days ago: not this week
    '2026-11-29|friend-request|tiktok|cancel': 5, // tomorrow (clock change): ignored
  };

  it('adds up the last seven days by kind, site and choice', () => {
    expect(summarize(counts, '2026-11-28')).toEqual({
      total: 7,
      byKind: { 'friend-request': 6, 'image-upload': 1 },
      bySite: { tiktok: 2, instagram: 5 },
      byChoice: { cancel: 2, continue: 1, note: 4 },
    });
  });

  it('is empty with nothing recorded', () => {
    expect(summarize({}, '2026-11-28')).toEqual({ total: 0, byKind: {}, bySite: {}, byChoice: {} });
  });
});

describe('stored counts', () => {
  it('records (as the page script does), reads back (as the popup does) and clears', async () => {
    const day = new Date(2026, 10, 28, 12);
    await recordChoice('friend-request', 'tiktok', 'cancel', day);
    await recordChoice('friend-request', 'tiktok', 'cancel', day);
    expect(await readCounts()).toEqual({ '2026-11-28|friend-request|tiktok|cancel': 2 });
    await clearCounts();
    expect(await readCounts()).toEqual({});
  });

  it('drops malformed entries (names, text, bad numbers) when reading', async () => {
    await fakeBrowser.storage.local.set({
      counts: {
        '2026-11-28|friend-request|tiktok|cancel': 1,
        '2026-11-28|friend-request|tiktok|Alice Smith': 1,
        '2026-11-28|friend-request|tiktok|continue': -1,
        'hello': 3,
      },
    });
    expect(await readCounts()).toEqual({ '2026-11-28|friend-request|tiktok|cancel': 1 });
    expect(validCounts('not an object')).toEqual({});
  });

  it('keeps eight weeks only', () => {
    const next = addCount({ '2026-09-01|friend-request|x|cancel': 1 }, {
      day: '2026-11-28', kind: 'friend-request', site: 'x', choice: 'cancel',
    });
    expect(next).toEqual({ '2026-11-28|friend-request|x|cancel': 1 });
  });
});
