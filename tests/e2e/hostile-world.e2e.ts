/**
 * A hostile page replaces the built-ins Safe Nudge might lean on (issue 4): addEventListener,
 * dispatchEvent, HTMLInputElement.prototype.click, Array.prototype methods, JSON, and
 * Event.prototype.stopImmediatePropagation. In two orders:
 *  - "before the document" (Playwright's addInitScript, which Chromium runs when the page's
 *    window is made — before the extension's document_start scripts, as the order check shows);
 *  - "top of <head>" (an inline script, which runs after the document_start content scripts).
 * The isolated world has its own built-ins, so the reminder still holds "Add friend" and
 * continue delivers exactly one. The main-world part (the file picker watch for inputs never
 * attached to the page) must fail safe: the chosen files reach the page exactly once, either
 * held then delivered after continue, or not held at all — never lost, never twice.
 *
 * This file reads everything through Playwright's own world (attributes, visibility), never
 * with page.evaluate, since the page's built-ins are broken on purpose.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SETTLE_MS, testFiles, useE2E, withRecorder, zooPage } from './harness/index.ts';

const e2e = useE2E();
const zoo = zooPage('hostile');
const files = testFiles();
const CLICK = { timeout: 3000 };

/** Page-world scripts, as strings: each runs before anything else of the page in its order. */
const PATCHES: Record<string, string> = {
  'addEventListener (wrapped)': `
    (function () {
      var native = EventTarget.prototype.addEventListener;
      window.__nativeOn = native;
      EventTarget.prototype.addEventListener = function (type, listener, options) {
        var wrapped = typeof listener === 'function' ? function (event) { return listener.call(this, event); } : listener;
        return native.call(this, type, wrapped, options);
      };
    })();`,
  'addEventListener (a no-op)': `
    (function () {
      window.__nativeOn = EventTarget.prototype.addEventListener;
      EventTarget.prototype.addEventListener = function () {};
    })();`,
  'dispatchEvent (swallows Safe Nudge events)': `
    (function () {
      var native = EventTarget.prototype.dispatchEvent;
      EventTarget.prototype.dispatchEvent = function (event) {
        if (String(event && event.type).indexOf('safe-nudge') === 0) return true;
        return native.call(this, event);
      };
    })();`,
  'HTMLInputElement.prototype.click (wrapped)': `
    (function () {
      var nativeInput = HTMLInputElement.prototype.click;
      var nativeElement = HTMLElement.prototype.click;
      HTMLInputElement.prototype.click = function () { window.__pageClicks = (window.__pageClicks || 0) + 1; return nativeInput.call(this); };
      HTMLElement.prototype.click = function () { return nativeElement.call(this); };
    })();`,
  'Array.prototype methods (all throw)': `
    (function () {
      var names = ['push', 'pop', 'shift', 'unshift', 'includes', 'indexOf', 'lastIndexOf', 'some', 'every', 'find', 'findIndex',
        'filter', 'map', 'forEach', 'reduce', 'slice', 'splice', 'concat', 'join', 'flat', 'flatMap', 'at', 'entries', 'keys',
        'values', 'sort', 'reverse', 'fill'];
      for (var i = 0; i < names.length; i++) {
        Object.defineProperty(Array.prototype, names[i], { configurable: true, writable: true,
          value: function () { throw new Error('hostile Array.prototype'); } });
      }
      Object.defineProperty(Array.prototype, Symbol.iterator, { configurable: true, writable: true,
        value: function () { throw new Error('hostile Array iterator'); } });
      Array.from = function () { throw new Error('hostile Array.from'); };
      Array.isArray = function () { return false; };
    })();`,
  'JSON (parse and stringify throw)': `
    (function () {
      JSON.parse = function () { throw new Error('hostile JSON.parse'); };
      JSON.stringify = function () { throw new Error('hostile JSON.stringify'); };
    })();`,
  'Event.prototype.stopImmediatePropagation (a no-op)': `
    (function () {
      Event.prototype.stopImmediatePropagation = function () {};
      Event.prototype.stopPropagation = function () {};
    })();`,
};

/** Records, in attributes, whether the extension's main-world script had run before this one. */
const ORDER_PROBE = `
  (function () {
    var wrapped = String(HTMLInputElement.prototype.click).indexOf('[native code]') < 0;
    var mark = function () { document.documentElement.setAttribute('data-file-picker-ran-first', String(wrapped)); };
    if (document.documentElement) mark(); else document.addEventListener('readystatechange', mark, { once: true });
  })();`;

type Order = 'before the document' | 'top of <head>';
const opened: Page[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close().catch(() => undefined)));
});

async function openPatched(patch: string, order: Order, extra = ''): Promise<Page> {
  const script = ORDER_PROBE + patch + extra;
  const head = /<head>/.exec(zoo.html.slice(zoo.html.indexOf('-->')))!;
  const at = zoo.html.indexOf('-->') + head.index + head[0].length;
  const html = order === 'top of <head>' ? `${zoo.html.slice(0, at)}<script>${script}</script>${zoo.html.slice(at)}` : zoo.html;
  e2e.server().route(zoo.url, withRecorder(html));
  const page = await e2e.browser().context.newPage();
  opened.push(page);
  if (order === 'before the document') await page.addInitScript({ content: script });
  const response = await page.goto(zoo.url, { waitUntil: 'load' });
  expect(response?.ok()).toBe(true);
  return page;
}

const attr = async (page: Page, selector: string, name: string) => page.locator(selector).getAttribute(name);
const count = async (page: Page) => Number(await attr(page, '#add', 'data-count'));
const fileDeliveries = async (page: Page) => Number(await attr(page, 'body', 'data-files'));

async function settled(read: () => Promise<number>, expected: number, what: string): Promise<void> {
  await expect.poll(read, { timeout: 5000, message: what }).toBe(expected);
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  expect(await read(), `${what} (and no more later)`).toBe(expected);
}

/** The reminder, checked from Playwright's own world only. */
async function expectHeldReminder(page: Page, kind: string): Promise<void> {
  const host = page.locator('safe-nudge');
  await host.first().waitFor({ state: 'attached', timeout: 5000 });
  expect(await host.count(), 'one reminder').toBe(1);
  expect(await host.getAttribute('data-kind')).toBe(kind);
  await host.locator('[role=alertdialog]').waitFor({ state: 'visible', timeout: 5000 });
}

async function continueAndWaitGone(page: Page): Promise<void> {
  await page.locator('safe-nudge [data-choice=continue]').click(CLICK);
  await page.locator('safe-nudge').waitFor({ state: 'detached', timeout: 5000 });
}

const ORDERS: Order[] = ['before the document', 'top of <head>'];

describe.skipIf(!e2e.available)('the order of page scripts and the extension', () => {
  it.each(ORDERS)('%s: which runs first is what the test names say', async (order) => {
    const page = await openPatched('', order);
    const ranFirst = await attr(page, 'html', 'data-file-picker-ran-first');
    // An inline script always runs after document_start scripts; addInitScript runs before them.
    expect(ranFirst).toBe(order === 'top of <head>' ? 'true' : 'false');
  });
});

describe.skipIf(!e2e.available)('replaced built-ins: the isolated world is unaffected', () => {
  for (const [name, patch] of Object.entries(PATCHES)) {
    for (const order of ORDERS) {
      it(`${name}, ${order}: "Add friend" is held; continue delivers exactly one`, async () => {
        const page = await openPatched(patch, order);
        await page.locator('#add').click(CLICK);
        await expectHeldReminder(page, 'friend-request');
        await page.waitForTimeout(SETTLE_MS);
        expect(await count(page), 'held: nothing reached the page').toBe(0);
        await continueAndWaitGone(page);
        await settled(() => count(page), 1, 'continue delivers exactly one');
      });
    }
  }
});

describe.skipIf(!e2e.available)('replaced built-ins: the main-world file picker fails safe', () => {
  /** Open the page's detached input, pick a photo, then: held → continue, or not held. Files arrive exactly once. */
  /**
   * Where the page's `input` event on a detached input reaches the page during the hold as well
   * (so twice in all): a page that got its capture listener on the input before the file-picker
   * watch was added — an engine limitation, reported — and a patch that ran before the
   * extension, which only a test can arrange (a real page's scripts run after document_start).
   */
  const INPUT_EVENT_TWICE: Record<string, string> = {
    'capture-phase page listener': 'content/page-world/file-picker.ts adds its listener at click(), after the page\'s own capture listener on the input',
    'Event.prototype.stopImmediatePropagation (a no-op), before the document': 'the page replaced it before the extension ran (tests only)',
  };

  async function pickAndSettle(page: Page, what: string): Promise<'held' | 'not held'> {
    const chooser = page.waitForEvent('filechooser', { timeout: 5000 });
    await page.locator('#open-detached').click(CLICK);
    await (await chooser).setFiles(files.png);
    const shown = await page.locator('safe-nudge').first().waitFor({ state: 'attached', timeout: 1500 }).then(() => true, () => false);
    if (shown) {
      await expectHeldReminder(page, 'image-upload');
      await page.waitForTimeout(SETTLE_MS);
      expect(await fileDeliveries(page), `${what}: held, so the page has no files yet`).toBe(0);
      await continueAndWaitGone(page);
    }
    await settled(() => fileDeliveries(page), 1, `${what}: the photo reaches the page exactly once`);
    const inputs = Number(await attr(page, 'body', 'data-inputs'));
    if (INPUT_EVENT_TWICE[what]) {
      expect(inputs, `${what}: fixed? remove it from INPUT_EVENT_TWICE`).toBe(2);
      console.info(`  [known] ${what}: the page saw its input event twice (${INPUT_EVENT_TWICE[what]})`);
    } else {
      expect(inputs, `${what}: one input event, too`).toBe(1);
    }
    expect(await attr(page, 'body', 'data-file-names')).toBe('photo.png');
    return shown ? 'held' : 'not held';
  }

  const outcomes: string[] = [];
  for (const [name, patch] of Object.entries(PATCHES)) {
    for (const order of ORDERS) {
      it(`${name}, ${order}: a photo chosen in a detached input arrives exactly once`, async () => {
        const page = await openPatched(patch, order);
        outcomes.push(`${name}, ${order}: ${await pickAndSettle(page, `${name}, ${order}`)}`);
      });
    }
  }

  it("no patches, but the page listens to its input in the capture phase before opening it", async () => {
    const page = await openPatched('', 'top of <head>', 'window.__captureFirst = true;');
    outcomes.push(`capture-phase page listener: ${await pickAndSettle(page, 'capture-phase page listener')}`);
  });

  it('(summary)', () => {
    console.info(`\n  [hostile file picker]\n    ${outcomes.join('\n    ')}\n`);
  });
});
