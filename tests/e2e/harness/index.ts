/**
 * One call per e2e test file: a local HTTPS server, Chromium with the built extension, fresh
 * extension storage and a fresh page per test.
 *
 *   const e2e = useE2E();
 *   describe.skipIf(!e2e.available)('...', () => { it('...', async () => { const page = await e2e.open(zooPage('modal')); }); });
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, launchWithExtension, resetExtensionStorage, setExtensionStorage, type ExtensionBrowser } from './browser.ts';
import type { Fixture } from './fixtures.ts';
import { withRecorder } from './recorder.ts';
import { startServer, type FixtureServer } from './server.ts';
import { POOL_SIZE, startPool, type Pool, type Session } from './pool.ts';

export { POOL_SIZE, type Session } from './pool.ts';

export interface E2E {
  available: boolean;
  server(): FixtureServer;
  browser(): ExtensionBrowser;
  /** Serve the fixture at its real URL (with the recorder injected) and open it in a new page. */
  open(fixture: Pick<Fixture, 'url' | 'html'>): Promise<Page>;
  /** Write settings the way the options page would (chrome.storage.local keys). */
  setStorage(values: Record<string, unknown>): Promise<void>;
}

export interface E2EOptions {
  /** Another unpacked extension (the harness's own smoke test); default .output/chrome-mv3. */
  extensionDir?: string;
}

export function useE2E({ extensionDir }: E2EOptions = {}): E2E {
  const available = browserAvailable(extensionDir);
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  const pages: Page[] = [];

  if (available) {
    beforeAll(async () => {
      server = await startServer();
      browser = await launchWithExtension({ port: server.port, extensionDir });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    beforeEach(async () => {
      await resetExtensionStorage(browser!);
    });
    afterEach(async () => {
      await Promise.all(pages.splice(0).map((p) => p.close().catch(() => undefined)));
    });
  }

  return {
    available,
    server: () => server!,
    browser: () => browser!,
    async open(fixture) {
      server!.route(fixture.url, withRecorder(fixture.html));
      const page = await browser!.context.newPage();
      pages.push(page);
      const response = await page.goto(fixture.url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`could not open ${fixture.url}: ${response?.status()}`);
      return page;
    },
    setStorage: (values) => setExtensionStorage(browser!, values),
  };
}

/**
 * For files whose tests run side by side (`describe.concurrent`): POOL_SIZE browsers, each with
 * its own server, and each test borrowing one for its whole length (pool.ts), so a test sees
 * exactly what it would in a file of its own: fresh storage, no other test's page or route.
 *
 *   const e2e = useE2EPool();
 *   describe.concurrent('...', () => { it('...', () => e2e.session(async ({ open }) => { const page = await open(fixture); ... })); });
 */
export function useE2EPool({ extensionDir }: E2EOptions = {}) {
  const available = browserAvailable(extensionDir);
  let pool: Pool | undefined;
  if (available) {
    beforeAll(async () => {
      pool = await startPool(POOL_SIZE, extensionDir);
    }, 120_000);
    afterAll(async () => {
      await pool?.close();
    });
  }
  return {
    available,
    session: <T>(fn: (session: Session) => Promise<T>): Promise<T> => pool!.run(fn),
  };
}

export * from './kit.ts';
export * from './reminder.ts';
export * from './gestures.ts';
