/**
 * The chat fixtures that show an open conversation (a message list and an incoming message,
 * at an address the site's chat rule calls a conversation), as the warning-sign tests use them
 * in Chromium (chat-signs.e2e.ts) and Firefox (firefox/signs.firefox.e2e.ts), and the one way
 * both add a new incoming message: a copy of the fixture's own incoming message (the source's
 * markup) with new words, appended where the site's script would put it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHAT_RULES } from '../../../content/chat/sites/index.ts';
import { headerUrl } from './fixtures.ts';
import { ROOT } from './paths.ts';

const DIR = join(ROOT, 'tests/fixtures/chat');

export const NOTE = 'safe-nudge[data-kind="warning-signs"][data-mode="note"]';
export const SIGNS = ["don't tell your parents about us ok? our little secret", 'send me a pic of you rn'];
export const ORDINARY_RECEIVED = ['pick you up at 6 from practice', 'delete this lol', 'gg 3-1, rematch at 7?'];
/** Longer than the watch's settle time (content/chat/watch.ts SETTLE_MS): the list has settled. */
export const SETTLED_MS = 1800;

export interface SignFixture { name: string; url: string; html: string; text: string[] }

/** Fixtures that mark their list and an incoming message, at an address of an open conversation. */
export function signFixtures(): SignFixture[] {
  return readdirSync(DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(join(DIR, entry.name)).filter((file) => file.endsWith('.html')).map((file) => join(entry.name, file)))
    .sort()
    .flatMap((name) => {
      const html = readFileSync(join(DIR, name), 'utf8');
      const rule = CHAT_RULES.find((r) => r.site === name.split('/')[0]);
      const url = headerUrl(html, name);
      const open = rule && rule.conversation.pattern.test(new URL(url).pathname);
      if (!open || !/data-sn-chat="incoming"/.test(html) || !/data-sn-chat="messages"/.test(html)) return [];
      return [{ name, url, html, text: (rule.text ?? []).map((alt) => alt.selector) }];
    });
}

/**
 * Runs in the page (Playwright's and Puppeteer's `evaluate` both pass it the one argument):
 * appends a copy of the fixture's first incoming message with these words, as the site would.
 */
export function appendIncoming([words, textSelectors]: readonly [string, readonly string[]]): void {
  const original = document.querySelector('[data-sn-chat="incoming"]')!;
  const copy = original.cloneNode(true) as Element;
  if (copy.id) copy.id = `${copy.id}-${Math.random().toString(36).slice(2)}`;
  let target: Element = copy;
  for (const selector of textSelectors) {
    const found = copy.querySelector(selector);
    if (found) {
      target = found;
      break;
    }
  }
  target.textContent = words;
  const list = document.querySelector('[data-sn-chat="messages"]')!;
  // Beside the original when it is a direct part of the list's rows; else at the list's end.
  (original.parentElement && list.contains(original.parentElement) ? original.parentElement : list).append(copy);
}
