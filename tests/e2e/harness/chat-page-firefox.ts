/**
 * Acting on a chat fixture's message box in Firefox (puppeteer), as the Firefox send tests do
 * (firefox/chat.firefox.e2e.ts, firefox/own-details.firefox.e2e.ts): chat-page.ts's helpers in
 * puppeteer's terms, and the shared held-send scenario (chat-held.ts).
 */
import { expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import { choose, expectReminder, expectReminderGone } from './firefox-e2e.ts';
import { expectHeldThenSentOnceIn, type ChatBox } from './chat-held.ts';

const COMPOSER = '[data-sn-chat="composer"]';

/** What the site's send code (harness/chat.ts SITE_SEND) has sent, in order. */
export const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);
export const boxText = (page: Page) =>
  page.$eval(COMPOSER, (el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText).trim());
export const reminderTitle = (page: Page) => page.$eval('safe-nudge >>> #sn-title', (el) => el.textContent);

export async function typeInBox(page: Page, text: string): Promise<void> {
  await page.focus(COMPOSER);
  await page.keyboard.type(text);
  await expect.poll(() => boxText(page)).toBe(text);
}

export const chatBox = (page: Page): ChatBox => ({
  focusBox: () => page.focus(COMPOSER),
  pressEnter: () => page.keyboard.press('Enter'),
  sent: () => sent(page),
  boxText: () => boxText(page),
  title: () => reminderTitle(page),
  expectReminder: (kind) => expectReminder(page, kind),
  choose: (choice) => choose(page, choice),
  expectReminderGone: () => expectReminderGone(page),
});

/** chat-held.ts's scenario, after `before` was sent: held with `title`, "Not now" keeps it, "Send it" sends it once. */
export const expectHeldThenSentOnce = (page: Page, text: string, title: string, before: string[] = []): Promise<void> =>
  expectHeldThenSentOnceIn(chatBox(page), text, title, before);
