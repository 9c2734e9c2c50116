/**
 * A family's or school's Chrome policy that installs Safe Nudge before there is a store
 * listing (docs/policy.md): the package is signed with the family's own key and served with an
 * update manifest from their own address (scripts/self-host.mjs), and the machine policy
 * ExtensionInstallForcelist names it. Real Chromium, real policy file, no --load-extension:
 * the browser fetches, installs and locks it by itself.
 *
 * Like policy.e2e.ts, this writes Chromium's machine policy (/etc/chromium/policies/managed),
 * which needs root (as in CI); elsewhere it is skipped with a message, with CI=true it fails.
 */
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error: a plain .mjs script, no types
import { extensionIdFromKey, forceInstallPolicy, newKeyPem, packCrx, updateManifest } from '../../scripts/self-host.mjs';
import { browserAvailable, CHROMIUM_PATH } from './harness/browser.ts';
import { EXTENSION_DIR, TMP_DIR } from './harness/paths.ts';
import { startServer, type FixtureServer } from './harness/server.ts';

const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR || '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/safe-nudge-e2e-forcelist.json`;
const HOST = 'https://updates.safe-nudge.test/safe-nudge/';

function canWritePolicy(): boolean {
  try {
    let dir = POLICY_DIR;
    while (!existsSync(dir)) dir = dirname(dir);
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    const why = `cannot write Chromium policy under ${POLICY_DIR} (run as root, as CI does)`;
    if (process.env.CI === 'true') throw new Error(`e2e: ${why}`);
    console.warn(`\n  self-hosted install e2e SKIPPED: ${why}\n`);
    return false;
  }
}

const available = browserAvailable() && canWritePolicy();

let server: FixtureServer | undefined;
let context: BrowserContext | undefined;
let profile = '';
let id = '';

/** Chrome's own view of installed extensions (chrome://extensions-internals is JSON in a <pre>). */
async function internals(): Promise<{ id: string; location: string; [key: string]: unknown }[]> {
  const page = await context!.newPage();
  try {
    await page.goto('chrome://extensions-internals');
    return JSON.parse(await page.locator('pre').innerText());
  } finally {
    await page.close();
  }
}

describe.skipIf(!available)('force-installed from a self-hosted update manifest', () => {
  beforeAll(async () => {
    mkdirSync(TMP_DIR, { recursive: true });
    const work = mkdtempSync(join(TMP_DIR, 'self-host-'));
    const keyFile = join(work, 'family.pem');
    writeFileSync(keyFile, newKeyPem());
    id = extensionIdFromKey(readFileSync(keyFile, 'utf8'));
    const crx = packCrx(realpathSync(EXTENSION_DIR), keyFile, CHROMIUM_PATH);
    server = await startServer();
    server.route(`${HOST}safe-nudge.crx`, crx, 'application/x-chrome-extension');
    server.route(`${HOST}updates.xml`, updateManifest(id, `${HOST}safe-nudge.crx`, '0.1.0'), 'text/xml');
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify(forceInstallPolicy(id, `${HOST}updates.xml`, { region: 'DE' }), null, 2));
    profile = mkdtempSync(join(TMP_DIR, 'profile-'));
    try {
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        // Playwright's defaults would turn extensions off and stop the browser's own
        // fetching, which is what installs a force-listed extension.
        ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking', '--disable-component-extensions-with-background-pages'],
        env: { ...process.env, TZ: 'Europe/London' },
        args: [
          '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', '--disable-component-update',
          `--host-resolver-rules=MAP * 127.0.0.1:${server.port}, EXCLUDE localhost`, '--ignore-certificate-errors',
          '--accept-lang=en-GB,en', '--lang=en-GB',
        ],
      });
    } catch (error) {
      rmSync(POLICY_FILE, { force: true });
      throw error;
    }
    rmSync(work, { recursive: true, force: true });
  }, 90_000);

  afterAll(async () => {
    try {
      await context?.close();
      await server?.close();
    } finally {
      rmSync(POLICY_FILE, { force: true });
      if (profile) rmSync(profile, { recursive: true, force: true });
    }
  });

  it('Chromium fetches the update manifest and the package, and installs the extension by itself', async () => {
    await expect
      .poll(async () => (await internals()).some((extension) => extension.id === id), { timeout: 60_000, interval: 500, message: `requests: ${server!.requests.join(', ')}` })
      .toBe(true);
    expect(server!.requests).toEqual(expect.arrayContaining(['updates.safe-nudge.test/safe-nudge/updates.xml', 'updates.safe-nudge.test/safe-nudge/safe-nudge.crx']));
  }, 70_000);

  it('is installed by policy, so it cannot be removed or turned off from the browser', async () => {
    const ours = (await internals()).find((extension) => extension.id === id);
    expect(ours?.location).toBe('EXTERNAL_POLICY_DOWNLOAD');
    // What chrome://extensions itself asks the browser before it shows Remove or the on/off switch.
    const page: Page = await context!.newPage();
    await page.goto('chrome://extensions');
    const info = await page.evaluate(
      (extensionId) =>
        (globalThis as unknown as { chrome: { developerPrivate: { getExtensionInfo(id: string): Promise<Record<string, unknown>> } } })
          .chrome.developerPrivate.getExtensionInfo(extensionId),
      id,
    );
    expect(info).toMatchObject({ mustRemainInstalled: true, userMayModify: false, state: 'ENABLED' });
    expect(info.controlledInfo).toEqual({ text: 'Installed by enterprise policy.' });
    await page.close();
  });

  it("its settings follow the same policy file's 3rdparty section (region DE, locked)", async () => {
    const page = await context!.newPage();
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.getByText("Set by your family's policy", { exact: true }).waitFor({ timeout: 15_000 });
    expect(await page.locator('#popup-region').inputValue()).toBe('DE');
    expect(await page.locator('#popup-region').isDisabled()).toBe(true);
    const phones = await page.locator('.help-group a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(phones[0]).toBe('tel:110');
    await page.close();
  });
});
