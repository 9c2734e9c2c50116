/**
 * One call per Firefox test file: the local HTTPS server on port 443, Firefox with the built
 * extension, fresh extension storage and a fresh tab per test; and the reminder checks of
 * reminder.ts in puppeteer's terms (a Firefox page is a puppeteer Page, not a Playwright one).
 *
 *   const ff = useFirefox();
 *   describe.skipIf(!ff.available)('...', () => { it('...', async () => { const page = await ff.open(zooPage('connect')); }); });
 *
 * Gestures a child makes, as Firefox's WebDriver can make them trusted: clicks and keys
 * (input.performActions), files chosen (input.setFiles: see chooseFiles), and pastes (a PNG on
 * the real clipboard of the harness's Xvfb display, then Ctrl+V). Not a drop: Firefox's
 * WebDriver ends a drag without dropping (its EventUtils `_maybeEndDragSession`, "TODO: This
 * should synthesize drop"), so drops are tested in Chromium only.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { firefoxAvailable, launchFirefox, type FirefoxExtension } from './firefox.ts';
import type { Fixture } from './fixtures.ts';
import { withRecorder, type Delivery } from './recorder.ts';
import { SETTLE_MS, type Choice, type ReminderKind } from './reminder.ts';
import { startServer, type FixtureServer } from './server.ts';

export interface FirefoxE2E {
  available: boolean;
  server(): FixtureServer;
  firefox(): FirefoxExtension;
  /** Serve the fixture at its real URL (with the recorder injected) and open it in a new tab. */
  open(fixture: Pick<Fixture, 'url' | 'html'>): Promise<Page>;
  /** Every URL (host + path) the test pages themselves requested, as Firefox reports them. */
  pageRequests: Set<string>;
  /** Write settings the way the options page would (browser.storage.local keys). */
  setStorage(values: Record<string, unknown>): Promise<void>;
}

export interface FirefoxOptions {
  /** Another Firefox build (the photo check's test build); default .output/firefox-mv2. */
  extensionDir?: string;
}

export function useFirefox({ extensionDir }: FirefoxOptions = {}): FirefoxE2E {
  const available = firefoxAvailable(extensionDir);
  let server: FixtureServer | undefined;
  let firefox: FirefoxExtension | undefined;
  const pages: Page[] = [];
  const pageRequests = new Set<string>();

  if (available) {
    beforeAll(async () => {
      server = await startServer({ port: 443 });
      firefox = await launchFirefox({ extensionDir });
    });
    afterAll(async () => {
      await firefox?.close();
      await server?.close();
    });
    beforeEach(async () => {
      await firefox!.inExtension('await browser.storage.local.clear(); return true;');
    });
    afterEach(async () => {
      await Promise.all(pages.splice(0).map((p) => p.close().catch(() => undefined)));
    });
  }

  return {
    available,
    server: () => server!,
    firefox: () => firefox!,
    pageRequests,
    async open(fixture) {
      server!.route(fixture.url, withRecorder(fixture.html));
      const page = await firefox!.browser.newPage();
      pages.push(page);
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'https:' || url.protocol === 'http:') pageRequests.add(`${url.hostname}${url.pathname}`);
      });
      const response = await page.goto(fixture.url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`could not open ${fixture.url}: ${response?.status()}`);
      return page;
    },
    setStorage: (values) => firefox!.inExtension(`await browser.storage.local.set(${JSON.stringify(values)}); return true;`),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const REMINDER = 'safe-nudge:not([data-mode])';

export const reminderCount = (page: Page): Promise<number> =>
  page.evaluate((selector) => document.querySelectorAll(selector).length, REMINDER);

/** The reminder is up, once, of this kind, its dialog visible and ready for a choice. */
export async function expectReminder(page: Page, kind: ReminderKind): Promise<void> {
  await page.waitForSelector(`${REMINDER}[data-ready]`, { timeout: 5000 });
  expect(await reminderCount(page), 'one reminder per held action').toBe(1);
  const state = await page.evaluate((selector) => {
    const host = document.querySelector(selector)!;
    const dialog = host.shadowRoot?.querySelector('[role=alertdialog]');
    const box = dialog?.getBoundingClientRect();
    return { kind: host.getAttribute('data-kind'), visible: !!box && box.width > 0 && box.height > 0 };
  }, REMINDER);
  expect(state).toEqual({ kind, visible: true });
}

export async function expectNoReminder(page: Page, settle = SETTLE_MS): Promise<void> {
  await sleep(settle);
  expect(await reminderCount(page), 'no reminder expected').toBe(0);
}

export async function expectReminderGone(page: Page): Promise<void> {
  await expect.poll(() => reminderCount(page), { timeout: 5000, message: 'the reminder should be gone' }).toBe(0);
}

/**
 * A trusted click at the middle of `element` (WebDriver input actions). Not ElementHandle.click():
 * puppeteer clips the element to documentElement.clientHeight, which in a quirks-mode page (a
 * trimmed fixture without a doctype) is the height of the content, so it finds nothing to click.
 */
export async function tap(page: Page, element: ElementHandle<Element>): Promise<void> {
  const point = await element.evaluate((el) => {
    el.scrollIntoView({ block: 'center', inline: 'center' });
    const box = el.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2, empty: box.width === 0 || box.height === 0 };
  });
  if (point.empty) throw new Error('the element has no box to click');
  await page.mouse.click(point.x, point.y);
}

/** The child's own (trusted) click on a choice in the reminder's shadow root. */
export async function choose(page: Page, choice: Choice): Promise<void> {
  const button = await page.waitForSelector(`${REMINDER} >>> [data-choice=${choice}]`, { visible: true, timeout: 5000 });
  await tap(page, button!);
}

/** Clicks the page's own handler has seen on the element `selector` finds (the recorder counts them). */
export const clicksOn = (page: Page, selector: string): Promise<number> =>
  page.$eval(selector, (el) => (window as unknown as { __sn: { clicksOn(e: Element): number } }).__sn.clicksOn(el));

export const deliveries = (page: Page, type: Delivery['type'], where?: string): Promise<Delivery[]> =>
  page.evaluate(
    (t, w) => (window as unknown as { __sn: { deliveries(t: string, w?: string): Delivery[] } }).__sn.deliveries(t, w ?? undefined),
    type,
    where ?? null,
  );

/**
 * Files chosen in a file input, as Firefox's WebDriver does it (input.setFiles): trusted
 * `input` and `change` events, like a picker's. One difference: its `input` is a plain,
 * non-composed Event (a picker's is a composed InputEvent), so from an input inside a shadow
 * root neither event reaches the window. A child always opens the picker first (a click, a
 * key, a focus), which is what tests should do before calling this.
 */
export async function chooseFiles(input: ElementHandle<Element>, paths: string[]): Promise<void> {
  await (input as ElementHandle<HTMLInputElement>).uploadFile(...paths);
}

/** A PNG on the system clipboard (needs the harness's display), then the child's Ctrl+V into `target`. */
export async function pastePhoto(page: Page, target: ElementHandle<Element>, png: Buffer): Promise<void> {
  await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': new Blob([bytes], { type: 'image/png' }) })]);
  }, png.toString('base64'));
  await tap(page, target);
  await page.keyboard.down('Control');
  await page.keyboard.press('v');
  await page.keyboard.up('Control');
}

/** A trusted text paste: the clipboard holds text, then Ctrl+V into `target`. */
export async function pasteText(page: Page, target: ElementHandle<Element>, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await tap(page, target);
  await page.keyboard.down('Control');
  await page.keyboard.press('v');
  await page.keyboard.up('Control');
}

/** An element anywhere, looking through open shadow roots (`host >>> inner`). */
export async function find(page: Page, selector: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(selector, { timeout: 5000 });
  if (!handle) throw new Error(`${selector} not found`);
  return handle;
}
