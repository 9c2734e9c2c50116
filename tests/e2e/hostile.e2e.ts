/**
 * A hostile page (test page at https://www.facebook.com/__zoo/hostile, issue 4 "No page can
 * fool it or break it"): it forges the child's choices, removes, hides, restyles and covers
 * the reminder, opens its own modal over it, throws from its handlers, navigates while the
 * child decides, and gets "Add friend" clicked tens of times a second. Whatever it does, the
 * held click is never released without the child's own choice; the reminder comes back on top;
 * and the child's real click on "continue" delivers exactly one.
 *
 * The page's counters are attributes (see the zoo page), read from Playwright's own world.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SETTLE_MS, choose, expectReminder, expectReminderGone, reminder, useE2E, zooPage } from './harness/index.ts';

const e2e = useE2E();
const zoo = zooPage('hostile');
const CLICK = { timeout: 3000 };

const addFriend = (page: Page) => page.locator('#add');
const count = async (page: Page, name = 'data-count') => Number(await addFriend(page).getAttribute(name));

async function expectCount(page: Page, expected: number, what: string): Promise<void> {
  await expect.poll(() => count(page), { timeout: 5000, message: what }).toBe(expected);
  await page.waitForTimeout(SETTLE_MS);
  expect(await count(page), `${what} (and no more later)`).toBe(expected);
}

async function hold(page: Page): Promise<void> {
  await addFriend(page).click(CLICK);
  await expectReminder(page, 'friend-request');
  expect(await count(page), 'held: nothing reached the page').toBe(0);
}

/** What the page's document sees at the centre of the continue button ("nothing" if it has no box). */
async function hitAtContinue(page: Page): Promise<string> {
  const box = await reminder(page).locator('[data-choice=continue]').boundingBox({ timeout: 300 }).catch(() => null);
  if (!box || box.width === 0 || box.height === 0) return 'nothing';
  return page.evaluate(({ x, y }) => {
    const el = document.elementFromPoint(x, y);
    return el ? el.localName + (el.id ? `#${el.id}` : '') : 'nothing';
  }, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
}

/**
 * Engine bugs these tests found (reported to the lead, not fixed here: content/ is the engine's
 * lane). For these, the tests still insist nothing is released without the child's choice, and
 * check the bug is still there, so fixing one makes its test fail with "fixed? remove it from
 * KNOWN_ENGINE_BUGS" and the full check comes back on.
 */
const KNOWN_ENGINE_BUGS: Record<string, string> = {};

/** After an attack: still held, the reminder back on top, and the child's real continue delivers one. */
async function expectRecovers(page: Page, attack: string): Promise<void> {
  await page.waitForTimeout(SETTLE_MS);
  expect(await count(page), `${attack}: nothing released without the child's choice`).toBe(0);
  if (KNOWN_ENGINE_BUGS[attack]) {
    // The child can't get to "continue": a real click on it (if Playwright finds it at all) does nothing.
    await page.waitForTimeout(1000);
    await reminder(page).locator('[data-choice=continue]').click({ timeout: 1500 }).catch(() => undefined);
    await page.waitForTimeout(SETTLE_MS);
    expect(await count(page), `${attack}: the child's continue now works — fixed? remove it from KNOWN_ENGINE_BUGS`).toBe(0);
    return;
  }
  await expect.poll(() => hitAtContinue(page), { timeout: 3000, message: `${attack}: the reminder is back on top` }).toBe('safe-nudge');
  await reminder(page).locator('[data-choice=continue]').click(CLICK);
  await expectReminderGone(page);
  await expectCount(page, 1, `${attack}: the child's continue delivers exactly one`);
}

describe.skipIf(!e2e.available)('forged choices', () => {
  it('clicks, pointer and key events the page dispatches on the reminder choose nothing', async () => {
    const page = await e2e.open(zoo);
    await hold(page);
    await page.evaluate(() => {
      const root = document.querySelector('safe-nudge')!.shadowRoot!;
      const init = { bubbles: true, composed: true, cancelable: true };
      for (const choice of ['continue', 'help', 'cancel']) {
        const button = root.querySelector<HTMLElement>(`[data-choice=${choice}]`)!;
        button.click();
        HTMLElement.prototype.click.call(button);
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) button.dispatchEvent(new PointerEvent(type, init));
        button.dispatchEvent(new MouseEvent('click', { ...init, detail: 1, clientX: 10, clientY: 10 }));
        button.dispatchEvent(new PointerEvent('click', { ...init, pointerType: 'mouse', isPrimary: true }));
        button.focus();
        for (const key of ['Enter', ' ', 'Escape']) {
          button.dispatchEvent(new KeyboardEvent('keydown', { ...init, key, code: key === ' ' ? 'Space' : key }));
          button.dispatchEvent(new KeyboardEvent('keyup', { ...init, key }));
        }
      }
      const dialog = root.querySelector('dialog')!;
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
      dialog.dispatchEvent(new Event('close'));
      document.dispatchEvent(new KeyboardEvent('keydown', { ...init, key: 'Escape' }));
    });
    await page.waitForTimeout(SETTLE_MS);
    expect(await reminder(page).count(), 'the reminder is still there').toBe(1);
    expect(await count(page), 'forged choices release nothing').toBe(0);
    await choose(page, 'continue');
    await expectCount(page, 1, 'the real continue delivers exactly one');
  });

  it('clicks the page makes on its own "Add friend" while held neither release nor stack', async () => {
    const page = await e2e.open(zoo);
    await hold(page);
    await page.evaluate(() => {
      const w = window as unknown as { __forging: boolean };
      const add = document.getElementById('add')!;
      w.__forging = true;
      try {
        add.click();
        add.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 1 }));
        add.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter' }));
      } finally {
        w.__forging = false;
      }
    });
    await page.waitForTimeout(SETTLE_MS);
    // The page's own made-up clicks reach its own handler (Safe Nudge never blocks a page's
    // script from calling itself); what matters is that the child's click stays held.
    expect(await count(page, 'data-forged'), "the page's own forged clicks reached its own handler").toBe(2);
    expect(await count(page), 'the held click is not released').toBe(0);
    expect(await reminder(page).count(), 'one reminder, not stacked').toBe(1);
    await choose(page, 'continue');
    await expectCount(page, 1, 'the real continue delivers exactly one');
  });
});

describe.skipIf(!e2e.available)("forging Safe Nudge's own hand-over event", () => {
  /** The page imitates the main-world file picker: a carrier, an input with a made-up photo, the hand-over event. */
  const forgeHandOver = () => {
    const carrier = document.createElement('safe-nudge-carrier');
    const input = document.createElement('input');
    input.type = 'file';
    const transfer = new DataTransfer();
    transfer.items.add(new File(['x'], 'forged.png', { type: 'image/png' }));
    input.files = transfer.files;
    carrier.append(input);
    document.documentElement.append(carrier);
    input.dispatchEvent(new Event('safe-nudge-held-change', { bubbles: true, composed: true, cancelable: true }));
  };

  it('the page cannot learn the key the hand-over names carry (asking again gets no answer)', async () => {
    const page = await e2e.open(zoo);
    const learned = await page.evaluate(async () => {
      const seen: string[] = [];
      new MutationObserver((records) => {
        for (const r of records) if (r.attributeName?.includes('key')) seen.push(`${r.attributeName}=${document.documentElement.getAttribute(r.attributeName)}`);
      }).observe(document.documentElement, { attributes: true });
      document.addEventListener('safe-nudge-key', () => seen.push(`offer ${document.documentElement.getAttribute('data-safe-nudge-key')}`));
      document.dispatchEvent(new Event('safe-nudge-key-ask'));
      await new Promise((resolve) => setTimeout(resolve, 100));
      return seen;
    });
    expect(learned).toEqual([]);
  });

  it("the child's real friend click is never released without a choice, even under a forged hold", async () => {
    const page = await e2e.open(zoo);
    await page.evaluate(forgeHandOver);
    await page.waitForTimeout(SETTLE_MS);
    const forged = await reminder(page).count();
    await addFriend(page).click({ ...CLICK, force: true }).catch(() => undefined);
    await page.waitForTimeout(SETTLE_MS);
    expect(await count(page), 'the real "Add friend" is not released by itself').toBe(0);
    if (KNOWN_ENGINE_BUGS['forged hand-over']) {
      // Today the page can raise an image-upload reminder at will (its "continue" only hands the
      // page back its own input); the child's click meanwhile lands on the modal reminder.
      expect(forged, 'fixed? remove "forged hand-over" from KNOWN_ENGINE_BUGS').toBe(1);
      expect(await reminder(page).getAttribute('data-kind')).toBe('image-upload');
      await choose(page, 'continue');
      await page.waitForTimeout(SETTLE_MS);
      console.info(`  [known engine bug] forged hand-over: reminder shown; the child's click delivered ${await count(page)} after continue`);
      return;
    }
    expect(forged, 'a forged hand-over raises no reminder').toBe(0);
    await expectReminder(page, 'friend-request');
    await choose(page, 'continue');
    await expectCount(page, 1, 'the real continue delivers exactly one');
  });
});

/** Attacks on the reminder element, run from the page (main world) while a click is held. */
const ATTACKS: Record<string, () => void> = {
  'removes it': () => document.querySelector('safe-nudge')!.remove(),
  'removes it twice': () => {
    document.querySelector('safe-nudge')!.remove();
    queueMicrotask(() => document.querySelector('safe-nudge')?.remove());
    setTimeout(() => document.querySelector('safe-nudge')?.remove(), 50);
  },
  'moves it into a hidden container': () => {
    const box = document.createElement('div');
    box.style.display = 'none';
    document.body.append(box);
    box.append(document.querySelector('safe-nudge')!);
  },
  'hides it with inline styles': () => {
    const host = document.querySelector<HTMLElement>('safe-nudge')!;
    host.style.setProperty('display', 'none', 'important');
    host.style.opacity = '0';
  },
  'sets hidden, inert and a class': () => {
    const host = document.querySelector<HTMLElement>('safe-nudge')!;
    host.hidden = true;
    host.inert = true;
    host.className = 'gone';
  },
  'restyles it from a stylesheet': () => {
    const style = document.createElement('style');
    style.textContent = 'safe-nudge, safe-nudge * { display: none !important; opacity: 0 !important; visibility: hidden !important; transform: scale(0) !important; clip-path: inset(50%) !important; pointer-events: none !important; }';
    document.head.append(style);
  },
  'hides the whole page (body display none)': () => {
    const style = document.createElement('style');
    style.textContent = 'body { display: none !important; }';
    document.head.append(style);
  },
  'fades the whole page (opacity, filter)': () => {
    document.documentElement.style.filter = 'opacity(0)';
    document.body.style.opacity = '0';
  },
  'makes the whole page inert': () => {
    document.body.inert = true;
  },
  'closes the reminder dialog': () => document.querySelector('safe-nudge')!.shadowRoot!.querySelector('dialog')!.close(),
  'removes the dialog from the shadow root': () => document.querySelector('safe-nudge')!.shadowRoot!.querySelector('dialog')!.remove(),
  'empties the shadow root': () => {
    document.querySelector('safe-nudge')!.shadowRoot!.innerHTML = '';
  },
  'restyles inside the shadow root': () => {
    const style = document.createElement('style');
    style.textContent = 'dialog { opacity: 0 !important; } button { visibility: hidden !important; }';
    document.querySelector('safe-nudge')!.shadowRoot!.append(style);
  },
  'covers it with a fixed full-page element': () => {
    document.getElementById('cover')!.style.display = 'block';
  },
  'covers it with its own popover (top layer)': () => {
    (document.getElementById('page-popover') as HTMLElement & { showPopover(): void }).showPopover();
  },
  'opens its own modal dialog over it': () => (document.getElementById('page-dialog') as HTMLDialogElement).showModal(),
  'opens a modal dialog with nothing to focus': () => (document.getElementById('page-dialog-plain') as HTMLDialogElement).showModal(),
  'opens its modal dialog again and again': () => {
    const dialog = document.getElementById('page-dialog') as HTMLDialogElement;
    const again = () => {
      if (dialog.open) dialog.close();
      dialog.showModal();
    };
    again();
    setTimeout(again, 50);
    setTimeout(again, 150);
  },
};

describe.skipIf(!e2e.available)('the page removes, hides, restyles or covers the reminder', () => {
  for (const [attack, run] of Object.entries(ATTACKS)) {
    const title = KNOWN_ENGINE_BUGS[attack] ? 'still held (known engine bug: does not come back)' : 'still held, back on top, continue delivers one';
    it(`${attack}: ${title}`, async () => {
      const page = await e2e.open(zoo);
      await hold(page);
      await page.evaluate(run);
      await expectRecovers(page, attack);
    });
  }
});

describe.skipIf(!e2e.available)('the page throws, navigates, or gets clicked very fast', () => {
  it("the page's own handlers throw: the reminder still works and continue delivers one", async () => {
    const page = await e2e.open(zoo);
    await page.evaluate(() => {
      const boom = () => {
        throw new Error('hostile page handler');
      };
      for (const type of ['click', 'pointerdown', 'mousedown', 'mouseup', 'keydown', 'focusin', 'focusout']) {
        window.addEventListener(type, boom, true);
        document.addEventListener(type, boom, true);
        document.addEventListener(type, boom);
        document.getElementById('add')!.addEventListener(type, boom);
      }
      window.onerror = () => {
        throw new Error('and from onerror');
      };
    });
    await hold(page);
    await choose(page, 'continue');
    await expectReminderGone(page);
    await expectCount(page, 1, 'delivered exactly once despite throwing handlers');
  });

  it('an SPA route change (pushState) while held: the reminder goes, nothing is released later', async () => {
    const page = await e2e.open(zoo);
    await hold(page);
    await page.evaluate(() => history.pushState({}, '', '/__zoo/hostile-elsewhere'));
    await expectReminderGone(page);
    await page.waitForTimeout(SETTLE_MS * 2);
    expect(await count(page), 'nothing released after the route change').toBe(0);
    // The next person on the new route is held afresh and delivered once.
    await hold(page);
    await choose(page, 'continue');
    await expectCount(page, 1, 'a fresh hold on the new route delivers one');
  });

  it('a replaceState and a hash change while held: no stale reminder, nothing released', async () => {
    const page = await e2e.open(zoo);
    await hold(page);
    await page.evaluate(() => history.replaceState({}, '', '/__zoo/hostile?tab=2'));
    await expectReminderGone(page);
    expect(await count(page)).toBe(0);
    await hold(page);
    await page.evaluate(() => {
      location.hash = '#somewhere';
    });
    await expectReminderGone(page);
    await page.waitForTimeout(SETTLE_MS);
    expect(await count(page), 'nothing released after the hash change').toBe(0);
  });

  it('the page goes back in history while held: nothing released', async () => {
    const page = await e2e.open(zoo);
    await page.evaluate(() => history.pushState({}, '', '/__zoo/hostile?step=2'));
    await hold(page);
    await page.evaluate(() => history.back());
    await expectReminderGone(page);
    await page.waitForTimeout(SETTLE_MS);
    expect(await count(page)).toBe(0);
  });

  it('a full reload while held: no reminder after, nothing released (counted across the reload)', async () => {
    const page = await e2e.open(zoo);
    await page.evaluate(() => sessionStorage.removeItem('hostile-count'));
    await hold(page);
    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    expect(await reminder(page).count(), 'no reminder after the reload').toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem('hostile-count')), 'nothing delivered before or after the reload').toBeNull();
    await hold(page);
    await choose(page, 'continue');
    await expectCount(page, 1, 'after the reload, a new hold delivers one');
  });

  it('tens of real clicks a second on "Add friend": one reminder, nothing released, then exactly one', async () => {
    const page = await e2e.open(zoo);
    const box = (await addFriend(page).boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const most = { reminders: 0 };
    for (let i = 0; i < 30; i++) {
      await page.mouse.click(x, y);
      await page.waitForTimeout(25);
      most.reminders = Math.max(most.reminders, await reminder(page).count());
    }
    expect(most.reminders, 'never more than one reminder').toBe(1);
    expect(await count(page), 'nothing released by the burst').toBe(0);
    await expectReminder(page, 'friend-request');
    await choose(page, 'continue');
    await expectReminderGone(page);
    await expectCount(page, 1, 'exactly one after continue');
  });

  it('a burst of clicks where the page put "Add friend" under the continue button releases at most one', async () => {
    const page = await e2e.open(zoo);
    // Find where the reminder draws "continue", then move the page's button right there.
    await hold(page);
    const spot = (await reminder(page).locator('[data-choice=continue]').boundingBox())!;
    await page.keyboard.press('Escape');
    await expectReminderGone(page);
    const x = spot.x + spot.width / 2;
    const y = spot.y + spot.height / 2;
    await page.evaluate(({ x, y }) => {
      const add = document.getElementById('add')!;
      Object.assign(add.style, { position: 'fixed', left: `${x - 40}px`, top: `${y - 15}px`, width: '80px', height: '30px', margin: '0' });
    }, { x, y });
    for (let i = 0; i < 20; i++) {
      await page.mouse.click(x, y);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(SETTLE_MS);
    // A double-click habit (or a page that lays out its button this way) must not click through the reminder.
    const released = await count(page);
    if (KNOWN_ENGINE_BUGS['burst under continue']) {
      expect(released, 'fixed? remove "burst under continue" from KNOWN_ENGINE_BUGS').toBeGreaterThan(1);
      console.info(`  [known engine bug] a burst of 20 clicks under "continue" released ${released} clicks`);
    } else {
      expect(released, 'clicks aimed at "Add friend" released without a deliberate choice').toBeLessThanOrEqual(1);
    }
  });
});
