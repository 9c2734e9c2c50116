/**
 * Side by side without sharing: N (server, Chromium) pairs, each test borrowing one for its
 * whole length. A borrowed browser starts the test with its storage cleared and no page of the
 * last test open, exactly as a file's single browser does between tests (index.ts), and its
 * own server, so two tests whose fixtures share an address never swap each other's page.
 * Most of a browser test is waiting (the reminder's READY_MS, the settle checks); while one
 * test waits, another runs.
 */
import type { Page } from 'playwright-core';
import { launchWithExtension, resetExtensionStorage, setExtensionStorage, type ExtensionBrowser } from './browser.ts';
import type { Fixture } from './fixtures.ts';
import { withRecorder } from './recorder.ts';
import { startServer, type FixtureServer } from './server.ts';

/** How many tests of a file run side by side (E2E_POOL_SIZE), each with a browser of its own. */
export const POOL_SIZE = Number(process.env.E2E_POOL_SIZE) || 3;

/** One test's own browser and server, for as long as the test runs. */
export interface Session {
  server: FixtureServer;
  browser: ExtensionBrowser;
  /** Serve the fixture at its real URL (recorder injected) on this session's server; open it in a new page. */
  open(fixture: Pick<Fixture, 'url' | 'html'>): Promise<Page>;
  setStorage(values: Record<string, unknown>): Promise<void>;
}

export interface Pool {
  /** Every (server, browser) pair, for checks over all of them (network.e2e.ts records every request). */
  members: readonly Member[];
  /** Run `fn` with a browser nobody else is using; wait for one if all are busy. */
  run<T>(fn: (session: Session) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface Member {
  server: FixtureServer;
  browser: ExtensionBrowser;
}

export async function startPool(size: number, extensionDir?: string): Promise<Pool> {
  const members: Member[] = [];
  try {
    // One after another: starting browsers together on 2 cores only makes each start slower.
    for (let i = 0; i < size; i++) {
      const server = await startServer();
      members.push({ server, browser: await launchWithExtension({ port: server.port, extensionDir }).catch(async (error) => {
        await server.close();
        throw error;
      }) });
    }
  } catch (error) {
    await Promise.all(members.map(closeMember));
    throw error;
  }
  const free = [...members];
  const waiting: ((member: Member) => void)[] = [];
  const acquire = () => new Promise<Member>((resolve) => (free.length ? resolve(free.pop()!) : waiting.push(resolve)));
  const release = (member: Member) => (waiting.length ? waiting.shift()!(member) : free.push(member));

  return {
    members,
    async run(fn) {
      const member = await acquire();
      const pages: Page[] = [];
      try {
        await resetExtensionStorage(member.browser);
        return await fn({
          server: member.server,
          browser: member.browser,
          async open(fixture) {
            member.server.route(fixture.url, withRecorder(fixture.html));
            const page = await member.browser.context.newPage();
            pages.push(page);
            const response = await page.goto(fixture.url, { waitUntil: 'load' });
            if (!response?.ok()) throw new Error(`could not open ${fixture.url}: ${response?.status()}`);
            return page;
          },
          setStorage: (values) => setExtensionStorage(member.browser, values),
        });
      } finally {
        await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
        release(member);
      }
    },
    close: () => Promise.all(members.map(closeMember)).then(() => undefined),
  };
}

async function closeMember({ server, browser }: Member): Promise<void> {
  await browser.close();
  await server.close();
}
