/**
 * Nothing leaves the device (issue 4): with every request recorded from the browser's start,
 * the extension runs through every site fixture (a positive held, "get help" opened, then
 * "continue"; a photo chosen where the fixture has an upload input, then "continue") and its
 * own pages (popup, options, welcome). The extension must make no request at all:
 *
 * - the service worker makes none (Playwright reports service-worker requests in Chromium);
 * - the extension's pages load only their own chrome-extension:// files;
 * - no request in a site's page was started by the content scripts (CDP Network initiator:
 *   no chrome-extension:// script on its stack), except the content script loading the
 *   extension's own reminder UI file from the extension itself (content/reminder-loader.ts),
 *   which must be a file of the built extension;
 * - the photo checker page (Chrome's offscreen document) checks a real photo, loading its
 *   model and WebAssembly from the extension's own files;
 * - and, as a net under all of it: Chromium maps every host name to the local test server, so
 *   anything that reached "the network" arrived there. Every such request must be one the
 *   pages themselves made (the fixture page and what its own markup loads).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import {
  browserAvailable, resetExtensionStorage, siteFixtures, testFiles, withRecorder,
  type ExtensionBrowser,
} from './harness/kit.ts';
import { EXTENSION_DIR } from './harness/paths.ts';
import { POOL_SIZE, startPool, type Pool, type Session } from './harness/pool.ts';
import { choose, expectReminder, expectReminderGone } from './harness/reminder.ts';
import { PHOTO_CHECK_OPEN, PHOTO_CHECK_RUN } from '../../vocabulary/photo-check.ts';
import { ordinaryPhotos } from '../photo-check/ordinary-photos.mjs';

const available = browserAvailable();
const fixtures = siteFixtures();
const files = testFiles();

interface Seen {
  url: string;
  /** Where it came from: the page's URL, "service worker", or "?" */
  from: string;
  byExtension: boolean;
}

const seen: Seen[] = [];
const initiatedByExtension: string[] = [];
/** The content script's loads of the extension's own files (the lazily loaded reminder UI). */
const ownFilesLoaded: string[] = [];
// POOL_SIZE browsers, each with its own server, every one recorded from its start: the fixtures
// are shared out among them (fresh storage for each fixture, as before), the checks below are
// over all of them. The extension's own pages are used in the first.
let pool: Pool;
let browser: ExtensionBrowser;

const isExtensionUrl = (url: string) => url.startsWith('chrome-extension://');
const isLocal = (url: string) => /^(data|blob|about|chrome-extension|devtools):/.test(url);
const hostPath = (url: string) => {
  const u = new URL(url);
  return `${u.hostname}${u.pathname}`;
};

function record(request: Request): void {
  const worker = request.serviceWorker();
  let from = '?';
  try {
    from = worker ? `service worker ${worker.url()}` : request.frame().url() || request.frame().page().url();
  } catch {
    /* a request with no frame: counted as "?" */
  }
  seen.push({ url: request.url(), from, byExtension: !!worker || isExtensionUrl(from) });
}

/** A fixture page with CDP watching who starts each request, from before the document exists. */
async function openWatched({ server, browser }: Session, url: string, html: string): Promise<Page> {
  server.route(url, withRecorder(html));
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (event: { request: { url: string }; initiator: { url?: string; stack?: unknown } }) => {
    const stack = JSON.stringify(event.initiator.stack ?? {});
    if (!isExtensionUrl(event.initiator.url ?? '') && !stack.includes('chrome-extension://')) return;
    // Chrome serves the file at a per-session id (use_dynamic_url), so only its path is checked.
    const ownFile = isExtensionUrl(event.request.url) && existsSync(join(EXTENSION_DIR, new URL(event.request.url).pathname));
    if (ownFile) ownFilesLoaded.push(new URL(event.request.url).pathname);
    else initiatedByExtension.push(`${event.request.url} (initiator ${event.initiator.url ?? 'stack'})`);
  });
  await cdp.send('Network.enable');
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/**
 * What Chromium itself fetches, with or without any extension, that Playwright does not list
 * as a page's request. Nothing else that reaches the network is allowed.
 */
const BROWSER_OWN = [
  // The tab's icon: the browser asks the site for it on the page's behalf.
  /^[^/]+\/favicon\.ico$/,
  // Chromium's Google-account check at start (no account here; the request goes nowhere real).
  /^accounts\.google\.com\/ListAccounts$/,
  // Chromium's device check-in for its push-messaging service (GCM), made by the browser at
  // times during a long run: seen 2026-12-02 with the main branch's build too, so not ours.
  /^android\.clients\.google\.com\/checkin$/,
  // Chromium's updater for its components and store extensions. Safe Nudge is not a store
  // extension here, and its manifest has no update_url (checked below), so this is not ours.
  /^update\.googleapis\.com\/service\/update2\/json$/,
  // Chromium's own device check-in (its cloud-messaging client, at start; seen 2026-12 in a
  // full run): made by the browser process, with no page, worker or extension behind it.
  /^android\.clients\.google\.com\/checkin$/,
  // Chromium's autofill asks its server about the forms on a page (a browser feature, per page).
  /^content-autofill\.googleapis\.com\/v1\/pages\/[A-Za-z0-9_=+/-]+$/,
  // Chromium's device check-in for Google Cloud Messaging, made by the browser process at some
  // starts whatever extensions are loaded (seen in a run on 2026-12-02; it is never an
  // extension's request: those are caught above through the service worker and pages).
  /^android\.clients\.google\.com\/checkin$/,
];

describe.skipIf(!available)('nothing leaves the device', () => {
  beforeAll(async () => {
    pool = await startPool(POOL_SIZE);
    for (const member of pool.members) {
      member.browser.context.on('request', record);
      await resetExtensionStorage(member.browser);
    }
    browser = pool.members[0]!.browser;
  }, 120_000);

  afterAll(async () => {
    await pool?.close();
  });

  it('has fixtures to run through', () => {
    expect(fixtures.length).toBeGreaterThan(20);
  });

  it('runs through every site fixture: hold, help, continue; photos held and continued', async () => {
    let held = 0;
    const trouble: string[] = [];
    // Fresh settings for each fixture (the pool clears a browser's storage before lending it):
    // "continue" remembers the person, and the next fixture may show the same one.
    await Promise.all(fixtures.map((fixture) => pool.run(async (session) => {
      const page = await openWatched(session, fixture.url, fixture.html);
      try {
      const positive = page.locator('[data-sn-expect="friend-request"]').first();
      if ((await positive.count()) > 0) {
        const inner = positive.locator('[data-sn-click]');
        await ((await inner.count()) > 0 ? inner.first() : positive).click({ timeout: 5000 });
        await expectReminder(page, 'friend-request');
        await choose(page, 'help');
        await page.waitForTimeout(150);
        await choose(page, 'continue');
        await expectReminderGone(page);
        held++;
      }
      const upload = page.locator('input[type=file][data-sn-upload]').first();
      if ((await upload.count()) > 0) {
        await upload.setInputFiles(files.png);
        const shown = await page.locator('safe-nudge:not([data-mode])').first().waitFor({ timeout: 1500 }).then(() => true, () => false);
        if (shown) {
          await choose(page, 'continue');
          await expectReminderGone(page);
        }
      }
      } catch (error) {
        // Holding itself is checked by sites.e2e.ts; here it only has to run the extension.
        trouble.push(`${fixture.name}: ${(error as Error).message.split('\n')[0]}`);
      }
      await page.close();
    })));
    if (trouble.length) console.info(`  [network] could not run through: ${trouble.join('; ')}`);
    expect(held).toBeGreaterThan(10);
  }, 240_000);

  it('checks a photo on the device: the checker page loads its model and answers, from its own files only', async () => {
    const jpeg = readFileSync(ordinaryPhotos()[0]!.path).toString('base64');
    const verdict = await browser.extensionPage.evaluate(async ({ open, run, jpeg }) => {
      const { runtime } = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      await runtime.sendMessage({ type: open });
      const answer = (await runtime.sendMessage({ type: run, data: `data:image/jpeg;base64,${jpeg}` })) as { verdict?: string } | undefined;
      return answer?.verdict;
    }, { open: PHOTO_CHECK_OPEN, run: PHOTO_CHECK_RUN, jpeg });
    expect(verdict, 'the real model answered').toBe('ordinary');
  }, 60_000);

  it("opens the extension's own pages", async () => {
    for (const path of ['popup.html', 'options.html', 'welcome.html']) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`, { waitUntil: 'load' });
      await expect.poll(() => page.locator('body').innerText(), { message: `${path} shows something` }).not.toBe('');
      // Use the page a little: every button that is not a link out, once.
      const buttons = page.locator('button:visible');
      for (let i = 0, n = Math.min(await buttons.count(), 6); i < n; i++) {
        await buttons.nth(i).click({ timeout: 1000 }).catch(() => undefined);
      }
      await page.waitForTimeout(300);
      await page.close().catch(() => undefined);
    }
  }, 60_000);

  it('the extension made no request, and everything that reached the network the pages asked for', async () => {
    await new Promise((r) => setTimeout(r, 1000));
    const byExtension = seen.filter((s) => s.byExtension && !isLocal(s.url));
    expect(byExtension.map((s) => `${s.url} from ${s.from}`), 'requests by the service worker or extension pages').toEqual([]);
    expect(initiatedByExtension, 'requests in site pages started by the content scripts').toEqual([]);
    expect(ownFilesLoaded.length, 'the reminder UI was loaded from the extension').toBeGreaterThan(0);
    // The reminder UI; the chat check on an open chat conversation (warning signs, issue 12); the
    // photo check's picture reduction when a photo was chosen (issue 11). Nothing else.
    const LAZY = ['/content-scripts/reminder-ui.js', '/content-scripts/chat-check.js', '/content-scripts/photo-input.js'];
    const ownFiles = [...new Set(ownFilesLoaded)].sort();
    expect(ownFiles, 'the content script loads the reminder UI').toContain('/content-scripts/reminder-ui.js');
    expect(ownFiles.filter((file) => !LAZY.includes(file)), 'and nothing but its lazily loaded files').toEqual([]);

    const askedByPages = new Set(seen.filter((s) => !s.byExtension && /^https?:/.test(s.url)).map((s) => hostPath(s.url)));
    const reached = pool.members.flatMap((m) => m.server.requests);
    const unexplained = reached.filter((key) => !askedByPages.has(key) && !BROWSER_OWN.some((re) => re.test(key)));
    expect(unexplained, 'requests that reached the network but no page made').toEqual([]);

    expect(JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')).update_url, 'no update_url in the manifest').toBeUndefined();

    const pageRequests = seen.filter((s) => !s.byExtension && /^https?:/.test(s.url)).length;
    const own = seen.filter((s) => isExtensionUrl(s.url)).length;
    console.info(
      `\n  [network] ${fixtures.length} fixtures: ${pageRequests} requests by the pages themselves, ` +
        `${reached.length} reached the (local) network, ${own} loads of the extension's own files ` +
        `(of which ${ownFilesLoaded.length} of the reminder UI by the content script), 0 by the extension\n`,
    );
  });

  it('(control) a request an extension page did make would have been caught; fetch to another address is refused by the extension\'s CSP', async () => {
    const before = seen.length;
    const worker = browser.context.serviceWorkers().find((w) => isExtensionUrl(w.url()));
    expect(worker, 'the service worker is running').toBeDefined();
    // connect-src 'self' (issue 11): fetch from the service worker or an extension page to any
    // other address is refused by the browser before a request exists.
    const refused = async (run: () => Promise<string>) => run();
    expect(await refused(() => worker!.evaluate(() => fetch('https://control.example/from-worker').then(() => 'sent', () => 'refused')))).toBe('refused');
    expect(await refused(() => browser.extensionPage.evaluate(() => fetch('https://control.example/from-page').then(() => 'sent', () => 'refused')))).toBe('refused');
    // An image is not a connection (img-src is not restricted): a request the recorder must see.
    await browser.extensionPage.evaluate(() => {
      new Image().src = 'https://control.example/image-from-page';
    });
    await expect.poll(() => seen.slice(before).filter((s) => s.byExtension && s.url.startsWith('https://control.example/')).map((s) => s.url), {
      message: 'the control image recorded as requested by the extension',
    }).toEqual(['https://control.example/image-from-page']);
    const reached = pool.members.flatMap((m) => m.server.requests);
    expect(reached).not.toContain('control.example/from-worker');
    expect(reached).not.toContain('control.example/from-page');
  });
});
