/**
 * Firefox with the built extension (.output/firefox-mv2) installed as a temporary add-on, over
 * WebDriver BiDi (puppeteer-core), every host name resolved to the local HTTPS server.
 *
 * - Firefox maps names, not ports (the pref network.dns.forceResolve), so the server must be
 *   on 443: run Firefox tests under `flock /work/coord/browser.lock` (RULES.md).
 * - WebDriver cannot open a moz-extension:// page, but it can script one the extension opened
 *   itself: the welcome page, which the extension opens on install. It is the harness's door to
 *   browser.storage and to the popup (the tab navigates itself there).
 * - Headless Firefox's clipboard keeps text only, so a pasted photo needs a display: the
 *   harness starts its own Xvfb when it is installed and runs Firefox on it.
 * Checked with Firefox ESR 140 on Debian 12.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ROOT } from './paths.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = process.env.E2E_FIREFOX_EXTENSION_DIR || join(ROOT, '.output', 'firefox-mv2');
const XVFB_PATH = '/usr/bin/Xvfb';

/**
 * Whether the Firefox tests can run. In CI a missing Firefox, Xvfb or build is a failure, not
 * a skip; on a developer's machine the suite is skipped with a message saying why.
 */
export function firefoxAvailable(extensionDir = FIREFOX_EXTENSION_DIR): boolean {
  const missing = !existsSync(FIREFOX_PATH)
    ? `Firefox not found at ${FIREFOX_PATH} (apt-get install -y firefox-esr, or set FIREFOX_PATH)`
    : !existsSync(join(extensionDir, 'manifest.json'))
      ? `no Firefox build at ${extensionDir} (run: npx wxt build -b firefox)`
      : process.env.CI === 'true' && !existsSync(XVFB_PATH)
        ? `Xvfb not found at ${XVFB_PATH} (apt-get install -y xvfb): the paste test needs a display`
        : null;
  if (!missing) return true;
  if (process.env.CI === 'true') throw new Error(`firefox e2e: ${missing}`);
  console.warn(`\n  Firefox e2e tests SKIPPED: ${missing}\n`);
  return false;
}

/** Whether this run has a display (so the system clipboard keeps images). */
export const hasDisplay = (): boolean => existsSync(XVFB_PATH) || !!process.env.DISPLAY;

interface Display {
  name: string;
  stop(): void;
}

/** A private Xvfb display; Xvfb picks a free number and writes it to fd 3 (-displayfd). */
async function startXvfb(): Promise<Display | null> {
  if (!existsSync(XVFB_PATH)) return null;
  const xvfb: ChildProcess = spawn(XVFB_PATH, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const name = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start in 10 s')), 10_000);
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (!text.includes('\n')) return;
      clearTimeout(timer);
      resolve(`:${text.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  return { name, stop: () => void xvfb.kill() };
}

/** Firefox's own traffic (remote settings, telemetry, new-tab feeds) would reach the server too: off. */
const QUIET_PREFS: Record<string, unknown> = {
  'services.settings.server': 'data:,',
  'app.update.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.newtabpage.activity-stream.unifiedAds.tiles.enabled': false,
  'browser.newtabpage.activity-stream.unifiedAds.spocs.enabled': false,
  'browser.topsites.contile.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'app.normandy.enabled': false,
  'browser.ping-centre.telemetry': false,
};

export interface FirefoxExtension {
  browser: Browser;
  /** The moz-extension://<uuid> origin of this install. */
  origin: string;
  /** Runs an async function body in the extension's welcome tab (it has `browser.*`); the result goes through JSON. */
  inExtension<T>(body: string): Promise<T>;
  /** The extension tab navigates itself to one of the extension's pages (WebDriver may not). */
  openExtensionPage(path: string): Promise<void>;
  close(): Promise<void>;
}

/** puppeteer's BiDi browser keeps its connection on an untyped getter; the harness sends two raw commands on it. */
type Bidi = { connection: { send(method: string, params: object): Promise<unknown> } };
const bidi = (browser: Browser) => (browser as unknown as Bidi).connection;

interface BidiResult {
  result: { type: 'success' | 'exception'; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } };
}

/**
 * A British family's Firefox by default: its languages and its time zone, which the region
 * guess reads together (guidance/region-guess.ts; they must agree for a region's help).
 */
export async function launchFirefox({ extensionDir = FIREFOX_EXTENSION_DIR, locale = 'en-GB', timeZone = 'Europe/London' } = {}): Promise<FirefoxExtension> {
  const display = await startXvfb();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: !display,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 800 },
    env: { ...process.env, TZ: timeZone, ...(display ? { DISPLAY: display.name } : {}) },
    extraPrefsFirefox: {
      ...QUIET_PREFS,
      'network.dns.forceResolve': '127.0.0.1',
      'intl.accept_languages': locale,
      // Lets a test put a photo on the clipboard without a click of its own first; the extension never reads the clipboard.
      'dom.events.testing.asyncClipboard': true,
    },
  });
  const close = async () => {
    await browser.close().catch(() => undefined);
    display?.stop();
  };
  try {
    await browser.installExtension(realpathSync(extensionDir));
    const context = await welcomeContext(browser);
    const inExtension = async <T>(body: string): Promise<T> => {
      const { result } = (await bidi(browser).send('script.evaluate', {
        expression: `(async () => JSON.stringify(await (async () => { ${body} })() ?? null))()`,
        target: { context: context.id },
        awaitPromise: true,
      })) as BidiResult;
      if (result.type !== 'success') throw new Error(`in the extension page: ${result.exceptionDetails?.text}`);
      return JSON.parse(String(result.result?.value)) as T;
    };
    const openExtensionPage = async (path: string) => {
      await inExtension(`location.href = browser.runtime.getURL(${JSON.stringify(path)}); return true;`).catch(() => undefined);
      for (let i = 0; i < 40; i++) {
        const url = await inExtension<string>('return document.readyState === "complete" ? location.href : "";').catch(() => '');
        if (url.endsWith(path)) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`the extension tab did not open ${path}`);
    };
    return { browser, origin: context.origin, inExtension, openExtensionPage, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The tab the extension opened on install (its welcome page): found in the BiDi tree. */
async function welcomeContext(browser: Browser): Promise<{ id: string; origin: string }> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const tree = (await bidi(browser).send('browsingContext.getTree', {})) as {
      result: { contexts: { context: string; url: string }[] };
    };
    const found = tree.result.contexts.find((c) => c.url.startsWith('moz-extension://') && c.url.endsWith('/welcome.html'));
    if (found) return { id: found.context, origin: new URL(found.url).origin };
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the extension did not open its welcome page: is it installed?');
}
