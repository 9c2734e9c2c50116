/**
 * A control the page re-renders while the reminder is open (issue 10 §3(b); test page
 * https://www.facebook.com/__zoo/rerender): "continue" delivers one click to the same control
 * drawn again (same words, same person, same card), found by the reminder UI
 * (content/reminder/refind.ts); if it is gone, nothing is delivered anywhere, the choice is
 * counted as "not now" and a short note tells the child nothing happened.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SETTLE_MS, choose, expectReminder, expectReminderGone, expectSettled, useE2E, zooPage } from './harness/index.ts';

const e2e = useE2E();
const zoo = zooPage('rerender');

const requests = (page: Page) => page.evaluate(() => (window as unknown as { __requests: string[] }).__requests);
const redraw = (page: Page, names?: string[]) => page.evaluate((n) => (window as unknown as { redraw(n?: string[]): void }).redraw(n), names);

async function holdAlex(page: Page): Promise<void> {
  await page.locator('button[data-person="alex.smith"]').click();
  await expectReminder(page, 'friend-request');
  expect(await requests(page), 'held: the page has had nothing').toEqual([]);
}

describe.skipIf(!e2e.available)('a control re-rendered while the reminder is open', () => {
  it('"continue" sends the request once, on the same person\'s control drawn again', async () => {
    const page = await e2e.open(zoo);
    await holdAlex(page);
    await redraw(page); // every card replaced by new elements
    await choose(page, 'continue');
    await expectReminderGone(page);
    await expectSettled(() => requests(page), ['alex.smith@2'], 'one request, for the same person, on the new control');
    expect(await page.locator('safe-nudge[data-words="noteNotDone"]').count()).toBe(0);
  });

  it('gone after the redraw: nothing is sent to anyone, and a note says nothing happened', async () => {
    const page = await e2e.open(zoo);
    await holdAlex(page);
    await redraw(page, ['sam.jones']);
    await choose(page, 'continue');
    await page.locator('safe-nudge:not([data-mode])').waitFor({ state: 'detached', timeout: 5000 });
    const note = page.locator('safe-nudge[data-words="noteNotDone"]');
    await note.waitFor({ state: 'attached', timeout: 5000 });
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    expect(await requests(page), 'never a guess, never a stale element').toEqual([]);
  });
});
