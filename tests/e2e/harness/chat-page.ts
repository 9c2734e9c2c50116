/**
 * Acting on a chat fixture's message box in Chromium (Playwright), as the send tests do
 * (chat-sends.e2e.ts, own-details.e2e.ts): what the site's stand-in send code sent, what the box
 * holds, the reminder's title, typing, and the one scenario both check for a held message.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, expectReminder, expectReminderGone } from './index.ts';
import { expectHeldThenSentOnceIn, type ChatBox } from './chat-held.ts';

const COMPOSER = '[data-sn-chat="composer"]';

/** What the site's send code (harness/chat.ts SITE_SEND) has sent, in order. */
export const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);
export const boxText = (page: Page) =>
  page.locator(COMPOSER).evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText).trim());
export const reminderTitle = (page: Page) => page.locator('safe-nudge #sn-title').textContent();

export async function typeInBox(page: Page, text: string): Promise<void> {
  await page.locator(COMPOSER).focus();
  await page.keyboard.type(text, { delay: 2 });
  await expect.poll(() => boxText(page)).toBe(text);
}

/** The page's message box and reminder in Playwright's terms, for the shared scenarios (chat-held.ts). */
export const chatBox = (page: Page): ChatBox => ({
  focusBox: () => page.locator(COMPOSER).focus(),
  pressEnter: () => page.keyboard.press('Enter'),
  sent: () => sent(page),
  boxText: () => boxText(page),
  title: () => reminderTitle(page),
  expectReminder: async (kind) => void (await expectReminder(page, kind)),
  choose: (choice) => choose(page, choice),
  expectReminderGone: () => expectReminderGone(page),
});

/** chat-held.ts's scenario: held with `title`, "Not now" keeps it, "Send it" sends it once. */
export const expectHeldThenSentOnce = (page: Page, text: string, title: string): Promise<void> =>
  expectHeldThenSentOnceIn(chatBox(page), text, title);
