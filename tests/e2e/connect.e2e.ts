/**
 * The reminder's behaviour on the connect zoo page (test page at https://www.facebook.com/__zoo/connect):
 * keyboard (focus in, Tab stays on its buttons, Escape = not now, focus returns), only the
 * child's own input counts (choices forged by page script are ignored), the help card keeps
 * the action held, and the parent's settings (reminder mode, kind off, site off). The
 * reminder made ready while the child presses: hidden until the click, gone if no click comes.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  SETTLE_MS, choose, clicksOn, deepActiveElement, expectNoReminder, expectReminder, expectReminderGone,
  expectSettled, keysFromReminder, reminder, useE2E, zooPage,
} from './harness/index.ts';

const e2e = useE2E();
const zoo = zooPage('connect');

const addFriend = (page: Page) => page.locator('#add');
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);

async function holdAddFriend(page: Page): Promise<void> {
  await addFriend(page).click();
  await expectReminder(page, 'friend-request');
}

describe.skipIf(!e2e.available)('keyboard', () => {
  it('focus moves into the reminder; Tab and Shift+Tab stay on its buttons', async () => {
    const page = await e2e.open(zoo);
    await holdAddFriend(page);
    await expect.poll(async () => (await deepActiveElement(page)).inReminder, { message: 'focus moves into the reminder' }).toBe(true);
    const visited = new Set<string>();
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      const active = await deepActiveElement(page);
      expect(active.choice, `after ${key}, focus is on a reminder button (was: ${active.chain.join(' > ')})`).not.toBeNull();
      visited.add(active.choice!);
    }
    expect([...visited].sort()).toEqual(['cancel', 'continue', 'help']);
    expect(await clicksOn(addFriend(page))).toBe(0);
  });

  it('Escape = not now: nothing delivered, reminder gone, focus back on the control', async () => {
    const page = await e2e.open(zoo);
    await holdAddFriend(page);
    await page.keyboard.press('Escape');
    await expectReminderGone(page);
    await expectSettled(() => clicksOn(addFriend(page)), 0, 'Escape delivers nothing');
    expect(await focusedId(page), 'focus returns to the control').toBe('add');
  });

  it('Enter on the focused continue button delivers exactly one click; focus returns', async () => {
    const page = await e2e.open(zoo);
    await holdAddFriend(page);
    for (let i = 0; i < 4 && (await deepActiveElement(page)).choice !== 'continue'; i++) await page.keyboard.press('Tab');
    expect((await deepActiveElement(page)).choice).toBe('continue');
    await page.keyboard.press('Enter');
    await expectReminderGone(page);
    await expectSettled(() => clicksOn(addFriend(page)), 1, 'keyboard continue delivers one click');
    expect(await focusedId(page), 'focus returns to the control').toBe('add');
  });

  it('a control activated from the keyboard (Enter, Space) is held too', async () => {
    const page = await e2e.open(zoo);
    await page.locator('#search').focus();
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('add');
    await page.keyboard.press('Enter');
    await expectReminder(page, 'friend-request');
    await page.keyboard.press('Escape');
    await expectReminderGone(page);
    expect(await focusedId(page)).toBe('add');
    await page.keyboard.press('Space');
    await expectReminder(page, 'friend-request');
    await choose(page, 'continue');
    await expectSettled(() => clicksOn(addFriend(page)), 1, 'delivered once after continue');
  });

  it('keys pressed inside the reminder do not reach the page', async () => {
    const page = await e2e.open(zoo);
    await holdAddFriend(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Escape');
    await expectReminderGone(page);
    expect(await keysFromReminder(page)).toEqual([]);
  });
});

/** Is the reminder on screen: its dialog visible, and what the page's document finds at the middle of the window. */
const onScreen = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('safe-nudge');
    const dialog = host?.shadowRoot?.querySelector('[role=alertdialog]') as HTMLElement | null | undefined;
    const middle = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    return { present: Boolean(host), visible: dialog?.checkVisibility({ visibilityProperty: true }) ?? false, atMiddle: middle?.localName ?? 'nothing' };
  });

/** The child presses "Add friend" and keeps the button down; the reminder is staged by then. */
async function pressAddFriend(page: Page) {
  const box = (await addFriend(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await expect.poll(async () => (await onScreen(page)).present, { message: 'staged at the press' }).toBe(true);
  return box;
}

describe.skipIf(!e2e.available)('made ready while the child presses', () => {
  it('is hidden during the press (no dimming, nothing covered), then shown by the click; not now delivers nothing', async () => {
    const page = await e2e.open(zoo);
    const corner = { x: 0, y: 0, width: 200, height: 60 };
    const before = await page.screenshot({ clip: corner });
    await pressAddFriend(page);
    expect(await onScreen(page)).toEqual({ present: true, visible: false, atMiddle: expect.not.stringMatching(/^safe-nudge$/) });
    expect((await page.screenshot({ clip: corner })).equals(before), 'the page is not dimmed while the child presses').toBe(true);
    await page.mouse.up();
    await expectReminder(page, 'friend-request');
    expect((await onScreen(page)).visible).toBe(true);
    expect(await reminder(page).getAttribute('data-staged'), 'revealed').toBeNull();
    expect((await deepActiveElement(page)).choice, 'focus on "not now"').toBe('cancel');
    await choose(page, 'cancel');
    await expectReminderGone(page);
    await expectSettled(() => clicksOn(addFriend(page)), 0, 'nothing delivered');
  });

  it('sliding off the button before letting go: no click, nothing left behind, the page works on', async () => {
    const page = await e2e.open(zoo);
    const box = await pressAddFriend(page);
    await page.mouse.move(box.x + box.width / 2, box.y + 300, { steps: 5 });
    await page.mouse.up();
    await expectNoReminder(page);
    expect(await clicksOn(addFriend(page)), 'no click on Add friend').toBe(0);
    await page.locator('#message').click();
    await expectSettled(() => clicksOn(page.locator('#message')), 1, 'the next click reaches the page once');
    await addFriend(page).click();
    await expectReminder(page, 'friend-request');
    await choose(page, 'continue');
    await expectSettled(() => clicksOn(addFriend(page)), 1, 'then Add friend is held and delivered once');
  });

  it("a popover the page opens during the press does not cover the reminder: it is shown on top", async () => {
    const page = await e2e.open(zoo);
    await pressAddFriend(page);
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.id = 'cover';
      cover.setAttribute('popover', 'manual');
      // Over the middle of the window, where the reminder is drawn, not over "Add friend".
      cover.style.cssText = 'inset: 35vh 0 0 0; width: 100vw; height: 65vh; margin: 0; background: #fff;';
      document.body.append(cover);
      cover.showPopover();
    });
    await page.mouse.up();
    await expectReminder(page, 'friend-request');
    const box = (await reminder(page).locator('[data-choice=cancel]').boundingBox())!;
    const top = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(top, 'the reminder is the top element where "not now" is drawn').toBe('safe-nudge');
    await choose(page, 'cancel');
    await expectSettled(() => clicksOn(addFriend(page)), 0, 'nothing delivered');
  });

  it('a page that unhides or empties the staged reminder changes nothing: the click shows it whole', async () => {
    const page = await e2e.open(zoo);
    await pressAddFriend(page);
    await page.evaluate(() => {
      const host = document.querySelector('safe-nudge')!;
      host.removeAttribute('data-staged');
      host.shadowRoot!.querySelector('[data-choice=continue]')!.textContent = 'Page text';
      host.shadowRoot!.querySelector('[data-choice=cancel]')!.remove();
    });
    await page.mouse.up();
    await expectReminder(page, 'friend-request');
    const labels = await reminder(page).locator('button[data-choice]').allTextContents();
    expect(labels).toHaveLength(3);
    expect(labels).not.toContain('Page text');
    await choose(page, 'continue');
    await expectSettled(() => clicksOn(addFriend(page)), 1, 'delivered once');
  });
});

describe.skipIf(!e2e.available)('only the child can choose', () => {
  it('choices dispatched by page script are ignored; a real click then delivers exactly one', async () => {
    const page = await e2e.open(zoo);
    await holdAddFriend(page);
    await page.evaluate(() => {
      const root = document.querySelector('safe-nudge')!.shadowRoot!;
      const button = (choice: string) => root.querySelector<HTMLElement>(`[data-choice=${choice}]`)!;
      const init = { bubbles: true, composed: true, cancelable: true };
      const cont = button('continue');
      cont.click();
      cont.dispatchEvent(new PointerEvent('pointerdown', init));
      cont.dispatchEvent(new MouseEvent('mousedown', init));
      cont.dispatchEvent(new PointerEvent('pointerup', init));
      cont.dispatchEvent(new MouseEvent('mouseup', init));
      cont.dispatchEvent(new MouseEvent('click', { ...init, detail: 1 }));
      cont.focus();
      cont.dispatchEvent(new KeyboardEvent('keydown', { ...init, key: 'Enter', code: 'Enter' }));
      cont.dispatchEvent(new KeyboardEvent('keyup', { ...init, key: 'Enter', code: 'Enter' }));
      // A forged "not now" must not dismiss either (the page can't hide the reminder).
      button('cancel').click();
      document.dispatchEvent(new KeyboardEvent('keydown', { ...init, key: 'Escape', code: 'Escape' }));
      cont.dispatchEvent(new KeyboardEvent('keydown', { ...init, key: 'Escape', code: 'Escape' }));
    });
    await page.waitForTimeout(SETTLE_MS);
    expect(await clicksOn(addFriend(page)), 'forged choices release nothing').toBe(0);
    expect(await reminder(page).count(), 'the reminder is still there').toBe(1);
    await expect.poll(() => reminder(page).locator('[role=alertdialog]').isVisible()).toBe(true);

    await choose(page, 'continue');
    await expectReminderGone(page);
    await expectSettled(() => clicksOn(addFriend(page)), 1, 'the real click releases exactly one');
  });

  it('"get help" shows help and keeps the action held until a choice', async () => {
    const page = await e2e.open(zoo);
    await holdAddFriend(page);
    const before = await reminder(page).locator('[role=alertdialog]').innerText();
    await choose(page, 'help');
    await expect.poll(() => reminder(page).locator('[role=alertdialog]').innerText(), { message: 'the help card adds words' }).not.toBe(before);
    await page.waitForTimeout(SETTLE_MS);
    expect(await reminder(page).count(), 'still held').toBe(1);
    expect(await clicksOn(addFriend(page))).toBe(0);
    await choose(page, 'continue');
    await expectSettled(() => clicksOn(addFriend(page)), 1, 'continue after help delivers one');
  });

  it("the help card names the region's children's helpline and emergency number", async () => {
    await e2e.setStorage({ region: 'GB' });
    const page = await e2e.open(zoo);
    await holdAddFriend(page);
    await choose(page, 'help');
    const dialog = reminder(page).locator('[role=alertdialog]');
    // Childline and 999: the verified UK entries of contacts.json (tests/unit/child-help.test.ts).
    for (const words of ['Childline', '0800 1111', '999']) {
      await expect.poll(() => dialog.innerText(), { message: `the help card shows "${words}"` }).toContain(words);
    }
  });

  it('the look-alike on the same page is not nudged', async () => {
    const page = await e2e.open(zoo);
    await page.locator('#message').click();
    await expectNoReminder(page);
    await expectSettled(() => clicksOn(page.locator('#message')), 1, 'Message click delivered once');
  });
});

describe.skipIf(!e2e.available)("the parent's settings", () => {
  const kinds = (mode: 'pause' | 'reminder', enabled = true) => ({
    'friend-request': { enabled, mode },
    'image-upload': { enabled: true, mode: 'pause' },
  });

  it('reminder mode: the click goes through at once and a short note shows, then leaves by itself', async () => {
    await e2e.setStorage({ kinds: kinds('reminder') });
    const page = await e2e.open(zoo);
    await addFriend(page).click();
    await expectSettled(() => clicksOn(addFriend(page)), 1, 'not held: delivered once');
    const note = page.locator('safe-nudge[data-mode="reminder"][data-kind="friend-request"]');
    await note.waitFor({ state: 'attached', timeout: 5000 });
    await note.waitFor({ state: 'detached', timeout: 30_000 });
  }, 45_000);

  it('friend requests turned off: no reminder, delivered once', async () => {
    await e2e.setStorage({ kinds: kinds('pause', false) });
    const page = await e2e.open(zoo);
    await addFriend(page).click();
    await expectNoReminder(page);
    await expectSettled(() => clicksOn(addFriend(page)), 1, 'delivered once');
  });

  it('site turned off: no reminder, delivered once; turned on again, held without a reload', async () => {
    await e2e.setStorage({ sitesOff: ['facebook'] });
    const page = await e2e.open(zoo);
    await addFriend(page).click();
    await expectNoReminder(page);
    await expectSettled(() => clicksOn(addFriend(page)), 1, 'delivered once');
    await e2e.setStorage({ sitesOff: [] });
    await expect.poll(async () => {
      await addFriend(page).click();
      return reminder(page).count();
    }, { message: 'the same page holds again once the site is on' }).toBe(1);
    await expectReminder(page, 'friend-request');
    const before = await clicksOn(addFriend(page));
    await choose(page, 'continue');
    await expectSettled(() => clicksOn(addFriend(page)), before + 1, 'then delivered once');
  });
});
