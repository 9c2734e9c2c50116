/**
 * An Enter that comes before the chat check has loaded (content/chat/sends.ts): words that may
 * carry details are held while it loads, then checked; a short message without digits goes at
 * once; if the check cannot load, the held Enter is sent as it was (nothing lost). Its own file:
 * the check must not be loaded yet, and each test loads it (or fails to) its own way.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startStateWith } from './helpers/state';
import { click, installListeners, key, reminder, removeListeners } from './helpers/events';
import type { ChatCheck } from '../../content/chat-loader';

const loading = vi.hoisted(() => ({ next: null as null | Promise<unknown> }));
vi.mock('../../content/chat-import', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../content/chat-import')>()),
  importChatCheck: vi.fn(() => loading.next),
}));

let sent: string[] = [];
const removers: (() => void)[] = [];

async function twitchChat() {
  const { listenForSends } = await import('../../content/chat/sends');
  const { twitchChat: rule } = await import('../../content/chat/sites/twitch');
  listenForSends((type, listener) => {
    window.addEventListener(type, listener, { capture: true });
    removers.push(() => window.removeEventListener(type, listener, { capture: true }));
  }, rule, 'twitch');
  document.body.innerHTML = '<textarea data-a-target="chat-input"></textarea>';
  const box = document.querySelector('textarea')!;
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    sent.push(box.value);
    box.value = '';
  });
  return box;
}

function deferred() {
  let resolve!: (check: ChatCheck) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<ChatCheck>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

beforeEach(async () => {
  vi.resetModules();
  sent = [];
  await startStateWith();
  await installListeners(null);
});

afterEach(() => {
  while (removers.length) removers.pop()!();
  removeListeners();
});

describe('an Enter before the chat check has loaded', () => {
  it('with digits: held while it loads, then the reminder; "Send it" sends it once', async () => {
    const load = deferred();
    loading.next = load.promise;
    // startState and the reminder UI must be the ones the fresh sends module sees.
    await (await import('./helpers/state')).startStateWith();
    const box = await twitchChat();
    box.value = 'my number is 07700 900461';
    expect(key(box, 'Enter').defaultPrevented).toBe(true);
    expect(sent).toEqual([]);
    expect(key(box, 'Enter').defaultPrevented, 'a second Enter joins the first').toBe(true);
    load.resolve((await import('../../content/chat/check')).chat);
    await vi.waitFor(() => expect(document.querySelector('safe-nudge')).not.toBeNull());
    expect(sent).toEqual([]);
    expect(reminder()!.host.dataset.kind).toBe('personal-info');
    click(reminder()!.button('continue'));
    expect(sent).toEqual(['my number is 07700 900461']);
  });

  it('that cannot load: the held Enter is sent as it was, once', async () => {
    const load = deferred();
    loading.next = load.promise;
    await (await import('./helpers/state')).startStateWith();
    const box = await twitchChat();
    box.value = 'my number is 07700 900461';
    key(box, 'Enter');
    expect(sent).toEqual([]);
    load.reject(new Error('no runtime'));
    await vi.waitFor(() => expect(sent).toEqual(['my number is 07700 900461']));
    expect(document.querySelector('safe-nudge')).toBeNull();
  });

  it('short, without digits: goes at once, unchecked', async () => {
    loading.next = new Promise(() => undefined);
    await (await import('./helpers/state')).startStateWith();
    const box = await twitchChat();
    box.value = 'ok lol';
    expect(key(box, 'Enter').defaultPrevented).toBe(false);
    expect(sent).toEqual(['ok lol']);
  });
});
