/**
 * Holding a send with personal details (content/chat/sends.ts, kind `personal-info`) in
 * happy-dom, with the chat check from this module graph (the browser loads it as its own file;
 * tests/e2e/chat-sends.e2e.ts does that in Chromium). The "site" here sends on Enter in its
 * message box and on a click of its send control, like the chat fixtures.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startStateWith } from './helpers/state';
import { click, installListeners, key, reminder, removeListeners, trusted } from './helpers/events';
import { listenForSends } from '../../content/chat/sends';
import { twitchChat } from '../../content/chat/sites/twitch';
import { discordChat } from '../../content/chat/sites/discord';
import type { ChatRule } from '../../content/chat/sites/types';
import { warmChat } from '../../content/chat-loader';
import { dayOf } from '../../model/counts';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('../../content/chat-import', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../content/chat-import')>()),
  importChatCheck: vi.fn(async () => (await import('../../content/chat/check')).chat),
}));

let sent: string[] = [];
const removers: (() => void)[] = [];

function listenOn(rule: ChatRule): void {
  listenForSends((type, listener) => {
    window.addEventListener(type, listener, { capture: true });
    removers.push(() => window.removeEventListener(type, listener, { capture: true }));
  }, rule, rule.site);
}

/** Twitch's chat as its fixture shows it: a textarea and a send button, wired to send. */
function twitchPage(): { box: HTMLTextAreaElement; send: HTMLButtonElement } {
  document.body.innerHTML = `<div class="chat-input"><textarea data-a-target="chat-input"></textarea>
    <button data-a-target="chat-send-button">Chat</button></div>`;
  const box = document.querySelector('textarea')!;
  const send = document.querySelector('button')!;
  const sendNow = () => {
    if (box.value.trim()) sent.push(box.value.trim());
    box.value = '';
  };
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) sendNow();
  });
  send.addEventListener('click', sendNow);
  return { box, send };
}

beforeEach(async () => {
  sent = [];
  await startStateWith();
  await installListeners(null);
  await warmChat();
});

afterEach(() => {
  while (removers.length) removers.pop()!();
  removeListeners();
});

describe('a message with personal details', () => {
  it('holds Enter, names what it saw, and "Send it" sends it once by the send control', () => {
    listenOn(twitchChat);
    const { box } = twitchPage();
    box.value = 'text me 07700 900461';
    const enter = key(box, 'Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(sent).toEqual([]);
    const shown = reminder()!;
    expect(shown.host.dataset.kind).toBe('personal-info');
    expect(shown.root.querySelector('h2')!.textContent).toBe('This message has a phone number in it.');
    click(shown.button('continue'));
    expect(sent).toEqual(['text me 07700 900461']);
    expect(reminder()).toBeNull();
  });

  it('"Not now" sends nothing and leaves the words in the box', () => {
    listenOn(twitchChat);
    const { box } = twitchPage();
    box.value = 'my email is sam.jones@example.com';
    key(box, 'Enter');
    click(reminder()!.button('cancel'));
    expect(sent).toEqual([]);
    expect(box.value).toBe('my email is sam.jones@example.com');
  });

  it('holds the send control too, and replays the click once', () => {
    listenOn(twitchChat);
    const { box, send } = twitchPage();
    box.value = 'I live at 14 Elm Road, Leeds LS6 2AB';
    click(send);
    expect(sent).toEqual([]);
    expect(reminder()!.root.querySelector('h2')!.textContent).toBe('This message has an address in it.');
    click(reminder()!.button('continue'));
    expect(sent).toEqual(['I live at 14 Elm Road, Leeds LS6 2AB']);
  });

  it('on a site without a send control (Discord), "Send it" is the same Enter again', () => {
    listenOn(discordChat);
    document.body.innerHTML = '<div role="textbox" data-slate-editor="true" contenteditable="true"></div>';
    const box = document.querySelector<HTMLElement>('[role=textbox]')!;
    box.textContent = 'meet me at the park at 4 tomorrow';
    const enters: boolean[] = [];
    box.addEventListener('keydown', (event) => event.key === 'Enter' && enters.push(event.isTrusted === true));
    key(box, 'Enter');
    expect(enters).toEqual([]);
    click(reminder()!.button('continue'));
    expect(enters).toEqual([false]);
  });

  it('is counted for the weekly summary (kind, site, choice, day; never the words)', async () => {
    listenOn(twitchChat);
    const { box } = twitchPage();
    box.value = 'call 07700 900461';
    key(box, 'Enter');
    click(reminder()!.button('cancel'));
    await vi.waitFor(async () => {
      const { counts } = await fakeBrowser.storage.local.get('counts');
      expect(counts).toEqual({ [`${dayOf(new Date())}|personal-info|twitch|cancel`]: 1 });
    });
  });
});

describe('what passes untouched', () => {
  it('ordinary messages, Shift+Enter, untrusted Enter, and a box the rule does not name', () => {
    listenOn(twitchChat);
    const { box } = twitchPage();
    for (const text of ['gg that was close', 'see you at 6 at practice', 'I scored 2450 points lol']) {
      box.value = text;
      expect(key(box, 'Enter').defaultPrevented).toBe(false);
    }
    expect(sent).toEqual(['gg that was close', 'see you at 6 at practice', 'I scored 2450 points lol']);
    box.value = 'text me 07700 900461';
    box.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, cancelable: true })));
    key(box, 'Enter', false);
    expect(reminder()).toBeNull();
    const other = document.createElement('textarea');
    document.body.append(other);
    other.value = 'text me 07700 900461';
    key(other, 'Enter');
    expect(reminder()).toBeNull();
  });

  it('everything, when the parent turned the kind off', async () => {
    await startStateWith({ kinds: { 'personal-info': { enabled: false, mode: 'pause' } } });
    listenOn(twitchChat);
    const { box } = twitchPage();
    box.value = 'text me 07700 900461';
    key(box, 'Enter');
    expect(reminder()).toBeNull();
    expect(sent).toEqual(['text me 07700 900461']);
  });
});
