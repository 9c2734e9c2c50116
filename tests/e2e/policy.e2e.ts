/**
 * A family's managed policy in real Chromium: the options page and the popup honour it.
 *
 * Chromium on Linux reads machine policy from /etc/chromium/policies/managed/*.json at start,
 * and hands an extension its `3rdparty` values as chrome.storage.managed. So this file writes
 * a policy for the extension's id (Chromium derives it from the unpacked extension's path)
 * BEFORE it starts its own browser, and removes the file afterwards, pass or fail.
 *
 * Writing /etc needs root (as in CI, which runs as root). Elsewhere the file is skipped with
 * a message; with CI=true it fails instead. The policy is machine-wide but names only this
 * extension id, so browsers of other test files (another path, another id) don't see it.
 */
import { accessSync, constants, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, launchWithExtension, unpackedExtensionId, type ExtensionBrowser } from './harness/browser.ts';
import { EXTENSION_DIR } from './harness/paths.ts';
import { startServer, type FixtureServer } from './harness/server.ts';
import type { E2E } from './harness/index.ts';
import { openExtensionPage } from './extension-page.ts';

const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR || '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/safe-nudge-e2e.json`;
const SET_BY_POLICY = "Set by your family's policy";

/** Whether this process may write Chromium's machine policy; in CI it must. */
function canWritePolicy(): boolean {
  let missing: string | null = null;
  try {
    // The nearest existing ancestor must be writable (mkdir -p creates the rest).
    let dir = POLICY_DIR;
    while (!existsSync(dir)) dir = dirname(dir);
    accessSync(dir, constants.W_OK);
  } catch {
    missing = `cannot write Chromium policy under ${POLICY_DIR} (run as root, as CI does)`;
  }
  if (!missing) return true;
  if (process.env.CI === 'true') throw new Error(`e2e: ${missing}`);
  console.warn(`\n  policy e2e tests SKIPPED: ${missing}\n`);
  return false;
}

const available = browserAvailable() && canWritePolicy();

let server: FixtureServer | undefined;
let browser: ExtensionBrowser | undefined;
/** openExtensionPage only needs the browser. */
const e2e = { browser: () => browser! } as E2E;

async function chromePolicyText(): Promise<string> {
  const page = await browser!.context.newPage();
  try {
    await page.goto('chrome://policy');
    await page.waitForTimeout(1000);
    // The page is web components: read the text through their open shadow roots.
    const text = await page.evaluate(() => {
      const parts: string[] = [];
      const walk = (root: Document | ShadowRoot | Element) => {
        for (const node of Array.from(root.childNodes)) {
          if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent!.trim());
          else if (node instanceof Element && !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) {
            if (node.shadowRoot) walk(node.shadowRoot);
            walk(node);
          }
        }
      };
      walk(document);
      return parts.filter(Boolean).join(' ');
    });
    return text.slice(0, 10_000);
  } catch (error) {
    return `chrome://policy unreadable: ${String(error)}`;
  } finally {
    await page.close();
  }
}

/** Wait for the policy to reach the page; if it never does, fail with chrome://policy's view. */
async function waitForPolicy(page: Page): Promise<void> {
  try {
    await page.getByText(SET_BY_POLICY, { exact: true }).first().waitFor({ timeout: 10_000 });
  } catch {
    throw new Error(
      `the page never showed "${SET_BY_POLICY}". storage.managed: ${JSON.stringify(
        await browser!.extensionPage.evaluate(() =>
          (globalThis as unknown as { chrome: { storage: { managed: { get(k: null): Promise<unknown> } } } }).chrome.storage.managed.get(null),
        ),
      )}\nchrome://policy says:\n${await chromePolicyText()}`,
    );
  }
}

describe.skipIf(!available)('managed policy', () => {
  beforeAll(async () => {
    // The id Chromium will give the extension, from its real path: the policy has to name it
    // before the browser starts (launchWithExtension checks the id it finds matches).
    const id = unpackedExtensionId(EXTENSION_DIR);
    const policy = {
      '3rdparty': {
        extensions: {
          [id]: { kinds: { 'friend-request': { enabled: true, mode: 'reminder' } }, region: 'US' },
        },
      },
    };
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify(policy, null, 2));
    try {
      server = await startServer();
      browser = await launchWithExtension({ port: server.port });
      if (browser.extensionId !== id) throw new Error(`extension id ${browser.extensionId}, policy written for ${id}`);
    } catch (error) {
      rmSync(POLICY_FILE, { force: true });
      throw error;
    }
  });

  afterAll(async () => {
    try {
      await browser?.close();
      await server?.close();
    } finally {
      rmSync(POLICY_FILE, { force: true });
    }
  });

  it('options page: the policy values win, their controls are disabled and say so; the rest stays editable', async () => {
    const page = await openExtensionPage(e2e, 'options.html');
    await page.getByRole('heading', { name: 'Safe Nudge settings' }).waitFor();
    await waitForPolicy(page);

    await page.getByText("Some settings are set by your family's policy and can't be changed here.").waitFor();

    // Friend requests: locked as a whole, showing the policy's mode.
    const friend = page.getByRole('group', { name: /^Friend requests/ });
    await expect.poll(() => friend.evaluate((el) => (el as HTMLFieldSetElement).disabled)).toBe(true);
    expect(await page.locator('#kind-friend-request-policy').innerText()).toContain(SET_BY_POLICY);
    expect(await friend.getByLabel('Short reminder only, no pause').isChecked()).toBe(true);
    expect(await friend.getByLabel('Short reminder only, no pause').isDisabled()).toBe(true);
    expect(await friend.getByLabel('Remind', { exact: true }).isDisabled()).toBe(true);

    // Photos: not named by the policy, so still the parent's to change.
    const photos = page.getByRole('group', { name: /^Photos and videos/ });
    expect(await photos.evaluate((el) => (el as HTMLFieldSetElement).disabled)).toBe(false);
    expect(await photos.getByLabel('Remind', { exact: true }).isDisabled()).toBe(false);
    expect(await page.locator('#kind-image-upload-policy').count()).toBe(0);

    // Region: the policy's US, disabled, described by the policy note.
    const region = page.locator('#options-region');
    expect(await region.inputValue()).toBe('US');
    expect(await region.isDisabled()).toBe(true);
    expect(await region.getAttribute('aria-describedby')).toBe('options-region-policy');
    expect(await page.locator('#options-region-policy').innerText()).toContain(SET_BY_POLICY);

    // Exactly the two locked settings say so.
    expect(await page.getByText(SET_BY_POLICY, { exact: true }).count()).toBe(2);
    await page.close();
  });

  it("popup: an en-GB browser still gets the policy's US help, 911 first, region locked", async () => {
    const page = await openExtensionPage(e2e, 'popup.html', 'en-GB');
    const help = page.getByRole('region', { name: 'Get help now' });
    await help.getByRole('link').first().waitFor();
    await waitForPolicy(page);
    const phones = await help.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(phones[0]).toBe('tel:911');
    expect(phones).not.toContain('tel:999');
    expect(await page.locator('#popup-region').isDisabled()).toBe(true);
    expect(await page.locator('#popup-region').inputValue()).toBe('US');
    await page.close();
  });
});
