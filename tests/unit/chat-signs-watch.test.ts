/**
 * The warning-sign watch (content/chat/watch.ts) on a chat fixture from a public source
 * (tests/fixtures/chat/whatsapp): only new incoming messages inside the rule's message list are
 * read; old ones, the child's own and anything outside the list are not; one note per
 * conversation per day; the kind off reads nothing; corrupt settings fall back to "on".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { whatsappChat } from '../../content/chat/sites/whatsapp';
import { discordChat } from '../../content/chat/sites/discord';
import { SETTLE_MS, stopWatching, watchSigns, type Decide } from '../../content/chat/watch';
import { firstToday, forgetShown } from '../../content/chat/sign-gate';
import { SIGN_NOTES_KEY, validSignNotes } from '../../model/sign-notes';
import { decide, startState } from '../../content/state';
import { showSignNote } from '../../content/reminder/sign-note';

const FIXTURES = join(__dirname, '../fixtures/chat');
const fixture = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');

const SIGN = "don't tell your parents about us ok";
const ORDINARY = 'pick you up at 6 from practice';

let now = 0;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const settle = () => (now += SETTLE_MS + 1);
/** Waits for the observer's callback and the gate's storage round trip. */
const done = async () => {
  for (let i = 0; i < 5; i++) await flush();
};

/** A new incoming WhatsApp row, built like the fixture's own (a copy of its first incoming row). */
function whatsappRow(text: string, direction: 'in' | 'out' = 'in'): Element {
  const template = document.querySelector(`.message-${direction}`)!.closest('[data-id]')!;
  const row = template.cloneNode(true) as Element;
  row.querySelector('.selectable-text')!.textContent = text;
  return row;
}
const appendToList = (row: Element) => document.querySelector('#main [data-id]')!.parentElement!.append(row);

function start(decideFor: Decide = () => 'note') {
  const show = vi.fn();
  watchSigns(whatsappChat, 'whatsapp', decideFor, show);
  return show;
}

beforeEach(() => {
  now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  history.replaceState(null, '', '/');
  document.body.innerHTML = fixture('whatsapp/2026-airminal-selectors.html');
});

afterEach(() => {
  stopWatching();
  forgetShown();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  document.documentElement.querySelectorAll('safe-nudge').forEach((host) => host.remove());
});

describe('watching an open conversation for warning signs', () => {
  it('reads a new incoming message in the list and names its sign', async () => {
    const show = start();
    settle();
    appendToList(whatsappRow(SIGN));
    await done();
    expect(show).toHaveBeenCalledTimes(1);
    expect(show).toHaveBeenCalledWith('secrecy', 'whatsapp');
  });

  it('ignores messages that were there when it started (old history), even when the list changes later', async () => {
    appendToList(whatsappRow(SIGN));
    const show = start();
    settle();
    appendToList(whatsappRow(ORDINARY));
    await done();
    expect(show).not.toHaveBeenCalled();
  });

  it("ignores the child's own messages", async () => {
    const show = start();
    settle();
    appendToList(whatsappRow(SIGN, 'out'));
    await done();
    expect(show).not.toHaveBeenCalled();
  });

  it('ignores a message added outside the list', async () => {
    const show = start();
    settle();
    const outside = whatsappRow(SIGN);
    document.body.append(outside);
    await done();
    expect(show).not.toHaveBeenCalled();
  });

  it('ignores ordinary messages', async () => {
    const show = start();
    settle();
    for (const text of [ORDINARY, 'delete this lol', 'gg 3-1 next round?']) appendToList(whatsappRow(text));
    await done();
    expect(show).not.toHaveBeenCalled();
  });

  it('ignores what the site renders while the conversation opens, and a batch of history', async () => {
    const show = start();
    appendToList(whatsappRow(SIGN)); // before it settled
    await done();
    settle();
    const list = document.querySelector('#main [data-id]')!.parentElement!;
    const batch = document.createDocumentFragment();
    for (let i = 0; i < 5; i++) batch.append(whatsappRow(SIGN));
    list.append(batch);
    await done();
    expect(show).not.toHaveBeenCalled();
  });

  it('ignores an older message loaded above the newest (scrolling back)', async () => {
    const show = start();
    settle();
    const list = document.querySelector('#main [data-id]')!.parentElement!;
    list.prepend(whatsappRow(SIGN));
    await done();
    expect(show).not.toHaveBeenCalled();
  });

  it('shows the note once per conversation per day', async () => {
    const show = start();
    settle();
    appendToList(whatsappRow(SIGN));
    await done();
    appendToList(whatsappRow('send me a pic of you'));
    await done();
    expect(show).toHaveBeenCalledTimes(1);
    // A reload (fresh memory) the same day: the stored hash still says "shown".
    forgetShown();
    expect(await firstToday('whatsapp', '/')).toBe(false);
    expect(await firstToday('whatsapp', '/', new Date(Date.now() + 86_400_000))).toBe(true);
  });

  it('stores only a salted hash of the conversation and day, nothing of the message', async () => {
    start();
    settle();
    appendToList(whatsappRow(SIGN));
    await done();
    const stored = (await fakeBrowser.storage.local.get(SIGN_NOTES_KEY))[SIGN_NOTES_KEY] as { seen: string[]; salt: string };
    expect(stored.seen).toHaveLength(1);
    expect(stored.seen[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toMatch(/parents|tell|whatsapp|\/"/);
  });

  it('reads nothing with the kind or the site off', async () => {
    const show = start(() => 'off');
    settle();
    appendToList(whatsappRow(SIGN));
    await done();
    expect(show).not.toHaveBeenCalled();
  });

  it('starts afresh in another conversation (Discord: one address per conversation)', async () => {
    document.body.innerHTML = fixture('discord/2026-airminal-selectors.html');
    history.replaceState(null, '', '/channels/@me/1048287921138040843');
    const show = vi.fn();
    watchSigns(discordChat, 'discord', () => 'note', show);
    settle();
    const list = document.querySelector('[data-list-id="chat-messages"]')!;
    const row = (text: string) => {
      const li = list.querySelector('li')!.cloneNode(true) as Element;
      li.id = `chat-messages-1-${Math.random()}`;
      li.firstElementChild!.textContent = text;
      return li;
    };
    list.append(row('can u keep this between us, our little secret'));
    await done();
    expect(show).toHaveBeenCalledTimes(1);
    history.pushState(null, '', '/channels/@me/2222');
    window.dispatchEvent(new PopStateEvent('popstate'));
    settle();
    list.append(row('send me a pic of you'));
    await done();
    expect(show).toHaveBeenCalledTimes(2);
    expect(show).toHaveBeenLastCalledWith('photos', 'discord');
  });

  it('does nothing off a conversation page', async () => {
    document.body.innerHTML = fixture('discord/2026-airminal-selectors.html');
    history.replaceState(null, '', '/store');
    const show = vi.fn();
    watchSigns(discordChat, 'discord', () => 'note', show);
    settle();
    document.querySelector('[data-list-id="chat-messages"]')!.append(document.querySelector('li')!.cloneNode(true));
    await done();
    expect(show).not.toHaveBeenCalled();
  });
});

describe('settings for warning signs', () => {
  it('corrupt stored settings fall back to the default: on', async () => {
    await fakeBrowser.storage.local.set({ kinds: { 'warning-signs': { enabled: 'yes', mode: 7 } }, sitesOff: 'all' });
    startState(() => undefined);
    await done();
    expect(decide('warning-signs', 'whatsapp')).not.toBe('off');
  });

  it('the parent turning the kind off, or the site off, means off', async () => {
    startState(() => undefined);
    await fakeBrowser.storage.local.set({ kinds: { 'warning-signs': { enabled: false, mode: 'pause' } } });
    await done();
    expect(decide('warning-signs', 'whatsapp')).toBe('off');
    await fakeBrowser.storage.local.set({ kinds: {}, sitesOff: ['discord'] });
    await done();
    expect(decide('warning-signs', 'discord')).toBe('off');
    expect(decide('warning-signs', 'whatsapp')).not.toBe('off');
  });

  it('a corrupt "shown today" record starts a fresh one', () => {
    for (const raw of [null, 'x', { day: '2026-12-03', salt: 'nothex', seen: [] }, { day: '2026-12-03', salt: 'a'.repeat(32), seen: 'x' }]) {
      expect(validSignNotes(raw, '2026-12-03', () => 'b'.repeat(32))).toEqual({ day: '2026-12-03', salt: 'b'.repeat(32), seen: [] });
    }
    const kept = validSignNotes({ day: '2026-12-03', salt: 'a'.repeat(32), seen: ['c'.repeat(64), 'bad'] }, '2026-12-03', () => 'b'.repeat(32));
    expect(kept.seen).toEqual(['c'.repeat(64)]);
    expect(validSignNotes(kept, '2026-12-04', () => 'b'.repeat(32)).seen).toEqual([]);
  });
});

describe('the note', () => {
  it('is a <safe-nudge data-kind="warning-signs" data-mode="note"> naming the sign, with Get help', () => {
    expect(showSignNote('photos')).toBe(true);
    const host = document.querySelector('safe-nudge[data-kind="warning-signs"][data-mode="note"]')!;
    const text = host.shadowRoot!.textContent!;
    expect(text).toContain('This message asks for a photo or video of you.');
    expect(text).toContain('Get help');
    expect(host.shadowRoot!.querySelector('.help')!.hasAttribute('hidden')).toBe(true);
  });
});
