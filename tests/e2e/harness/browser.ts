/**
 * Chromium with the built extension loaded, every host name mapped to the local HTTPS server.
 *
 * Headless: Debian's Chromium (>= 132) has only the "new" headless mode, which is a full
 * browser and loads extensions, and that is what Playwright's `headless: true` passes
 * (`--headless`) for a non-"headless shell" executable. Playwright also adds
 * `--disable-extensions` by default, which would silently drop our `--load-extension`, so it
 * is removed with `ignoreDefaultArgs`. Checked with Chromium 156 on Debian 12.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { EXTENSION_DIR, TMP_DIR } from './paths.ts';


export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const NO_MIME_DIR = join(TMP_DIR, 'no-mime');

/**
 * Whether the e2e tests can run. In CI a missing browser or build is a failure, not a skip;
 * on a developer's machine the suite is skipped with a message saying why.
 */
export function browserAvailable(extensionDir = EXTENSION_DIR): boolean {
  const missing = !existsSync(CHROMIUM_PATH)
    ? `Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH, or run .ci/run on Debian)`
    : !existsSync(join(extensionDir, 'manifest.json'))
      ? `no built extension at ${extensionDir} (run: npx wxt build)`
      : null;
  if (!missing) return true;
  if (process.env.CI === 'true') throw new Error(`e2e: ${missing}`);
  console.warn(`\n  e2e tests SKIPPED: ${missing}\n`);
  return false;
}

/** Chromium's id for an unpacked extension without a "key": SHA-256 of its path, in a-p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** A page of the extension's own origin, kept open to reach chrome.storage. */
  extensionPage: Page;
  close(): Promise<void>;
}

export interface LaunchOptions {
  port: number;
  headless?: boolean;
  extensionDir?: string;
  /** null: follow the window (headed demo). */
  viewport?: { width: number; height: number } | null;
  /** More command-line switches (a family's languages: --lang, --accept-lang). */
  extraArgs?: string[];
  /** More environment for the browser (a family's time zone: TZ). */
  env?: Record<string, string>;
}

export async function launchWithExtension({
  port,
  headless = true,
  extensionDir = EXTENSION_DIR,
  viewport = { width: 1280, height: 800 },
  extraArgs = [],
  env = {},
}: LaunchOptions): Promise<ExtensionBrowser> {
  const dir = realpathSync(extensionDir);
  mkdirSync(NO_MIME_DIR, { recursive: true });
  const profile = mkdtempSync(join(TMP_DIR, 'profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport,
    // No shared-mime-info database: Chromium then types files from its own table only, and a
    // .heic photo gets an empty type, as on the many machines without a HEIF codec.
    env: { ...process.env, XDG_DATA_DIRS: NO_MIME_DIR, XDG_DATA_HOME: NO_MIME_DIR, ...env },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
      ...extraArgs,
    ],
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const extensionId = await findExtensionId(context, dir);
    const extensionPage = await openExtensionPage(context, extensionId);
    return { context, extensionId, extensionPage, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** From the background service worker when there is one, else from the path (same answer). */
async function findExtensionId(context: BrowserContext, dir: string): Promise<string> {
  const fromPath = unpackedExtensionId(dir);
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 3000 }).catch(() => undefined));
  return worker ? new URL(worker.url()).host : fromPath;
}

/**
 * Loading one of the extension's own pages proves it is installed (its content scripts are
 * registered by then) and gives the tests chrome.storage to reset settings between tests.
 */
async function openExtensionPage(context: BrowserContext, id: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  for (let attempt = 0; ; attempt++) {
    const response = await page.goto(`chrome-extension://${id}/manifest.json`).catch(() => null);
    if (response?.ok()) break;
    if (attempt > 20) throw new Error(`the extension ${id} did not load`);
    await page.waitForTimeout(250);
  }
  const hasStorage = await page.evaluate(() => !!(globalThis as unknown as ChromeGlobal).chrome?.storage?.local);
  if (!hasStorage) throw new Error('chrome.storage is not reachable from the extension page');
  return page;
}

/** The little of chrome.* the harness uses inside the extension page (no @types/chrome here). */
interface StorageArea {
  clear(): Promise<void>;
  set(values: Record<string, unknown>): Promise<void>;
}
type ChromeGlobal = { chrome: { storage: { local: StorageArea; session?: StorageArea; sync?: StorageArea } } };

/** Forget everything the extension stored: settings back to defaults, no counts, no known people. */
export async function resetExtensionStorage(browser: ExtensionBrowser): Promise<void> {
  await browser.extensionPage.evaluate(async () => {
    const { storage } = (globalThis as unknown as ChromeGlobal).chrome;
    await storage.local.clear();
    await storage.session?.clear().catch(() => undefined);
    await storage.sync?.clear().catch(() => undefined);
  });
}

export async function setExtensionStorage(browser: ExtensionBrowser, values: Record<string, unknown>): Promise<void> {
  await browser.extensionPage.evaluate((v) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set(v), values);
}
