/**
 * A page with an open modal <dialog> (test page at https://www.facebook.com/__zoo/modal): the
 * dialog is in the top layer and makes the rest of the page inert, so the reminder must be
 * on top of it and reachable there.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  choose, clicksOn, expectReminder, expectReminderGone, expectSettled, reminder, useE2E, zooPage,
} from './harness/index.ts';

const e2e = useE2E();
const zoo = zooPage('modal');
const addFriend = (page: Page) => page.locator('#add');

/** What is at the centre of each reminder button, as the page's document sees it. */
async function hitAtChoices(page: Page): Promise<Record<string, string>> {
  const hits: Record<string, string> = {};
  for (const choice of ['continue', 'cancel', 'help']) {
    const box = await reminder(page).locator(`[data-choice=${choice}]`).boundingBox();
    expect(box, `[data-choice=${choice}] has a box`).not.toBeNull();
    hits[choice] = await page.evaluate(
      ({ x, y }) => {
        const el = document.elementFromPoint(x, y);
        return el ? el.localName + (el.id ? `#${el.id}` : '') : 'nothing';
      },
      { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 },
    );
  }
  return hits;
}

describe.skipIf(!e2e.available)('modal dialog', () => {
  it('the reminder is on top of the modal and clickable; continue delivers once', async () => {
    const page = await e2e.open(zoo);
    await addFriend(page).locator('[data-sn-click]').click();
    await expectReminder(page, 'friend-request');
    expect(await clicksOn(addFriend(page))).toBe(0);
    expect(await hitAtChoices(page), 'each choice is the top element where it is drawn').toEqual({
      continue: 'safe-nudge', cancel: 'safe-nudge', help: 'safe-nudge',
    });
    await choose(page, 'continue');
    await expectReminderGone(page);
    await expectSettled(() => clicksOn(addFriend(page)), 1, 'delivered once');
    expect(await page.evaluate(() => (document.getElementById('people') as HTMLDialogElement).open)).toBe(true);
  });

  it('not now inside the modal: nothing delivered', async () => {
    const page = await e2e.open(zoo);
    await addFriend(page).locator('[data-sn-click]').click();
    await expectReminder(page, 'friend-request');
    await choose(page, 'cancel');
    await expectReminderGone(page);
    await expectSettled(() => clicksOn(addFriend(page)), 0, 'nothing delivered');
  });

  it("Escape closes the reminder only, not the page's dialog", async () => {
    const page = await e2e.open(zoo);
    await addFriend(page).locator('[data-sn-click]').click();
    await expectReminder(page, 'friend-request');
    await page.keyboard.press('Escape');
    await expectReminderGone(page);
    expect(await clicksOn(addFriend(page))).toBe(0);
    expect(await page.evaluate(() => (document.getElementById('people') as HTMLDialogElement).open), 'the page dialog stays open').toBe(true);
  });
});
