/**
 * Acting on a chat fixture's message box in Chromium (Playwright), as the send tests do
 * (chat-sends.e2e.ts, own-details.e2e.ts): what the site's stand-in send code sent, what the box
 * holds, the reminder's title, typing, and the one scenario both check for a held message.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, expectReminder, expectReminderGone, expectSettled } from './index.ts';

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

/**
 * `text` is in the box: Enter is held with `title`; "Not now" sends nothing and keeps the words
 * in the box; Enter again and "Send it" sends them exactly once.
 */
export async function expectHeldThenSentOnce(page: Page, text: string, title: string): Promise<void> {
  await page.keyboard.press('Enter');
  await expectReminder(page, 'personal-info');
  expect(await reminderTitle(page)).toBe(title);
  expect(await sent(page)).toEqual([]);
  await choose(page, 'cancel');
  await expectReminderGone(page);
  await expectSettled(() => sent(page), [], 'nothing sent after "Not now"');
  expect(await boxText(page)).toBe(text);

  await page.locator(COMPOSER).focus();
  await page.keyboard.press('Enter');
  await expectReminder(page, 'personal-info');
  await choose(page, 'continue');
  await expectSettled(() => sent(page), [text], 'sent exactly once after "Send it"');
}
