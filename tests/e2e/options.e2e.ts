/** The options page in real Chromium: saves, locks with a PIN, passes axe-core; welcome too. */
import { describe, expect, it } from 'vitest';
import { useE2E } from './harness/index.ts';
import { openExtensionPage, seriousViolations } from './extension-page.ts';

const e2e = useE2E();

async function stored(key: string): Promise<unknown> {
  return e2e.browser().extensionPage.evaluate(
    async (k) => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(k))[k],
    key,
  );
}

describe.skipIf(!e2e.available)('options page', () => {
  it('saves a setting where the content script reads it', async () => {
    const page = await openExtensionPage(e2e, 'options.html');
    await page.getByLabel('TikTok').uncheck();
    await expect.poll(() => stored('sitesOff')).toEqual(['tiktok']);
    await page.getByLabel('Pauses per site each day').fill('3');
    await page.getByLabel('Pauses per site each day').blur();
    await expect.poll(() => stored('dailyCap')).toBe(3);
    await page.close();
  });

  it('locks with a PIN: settings disabled until the PIN is entered; only a hash is stored', async () => {
    const page = await openExtensionPage(e2e, 'options.html');
    await page.getByLabel('New PIN').fill('2468');
    await page.getByLabel('PIN again').fill('2468');
    await page.getByRole('button', { name: 'Set PIN' }).click();
    await expect.poll(() => page.getByLabel('TikTok').isDisabled(), { timeout: 10_000 }).toBe(true);
    expect(JSON.stringify(await stored('pin'))).not.toContain('2468');

    await page.reload();
    await expect.poll(() => page.getByLabel('TikTok').isDisabled()).toBe(true);
    await page.getByLabel('PIN', { exact: true }).fill('1111');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText("That PIN isn't right.").waitFor();
    await page.getByLabel('PIN', { exact: true }).fill('2468');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => page.getByLabel('TikTok').isDisabled(), { timeout: 10_000 }).toBe(false);
    await page.close();
  });

  it('has no serious or critical axe-core violations', async () => {
    const page = await openExtensionPage(e2e, 'options.html');
    await page.getByRole('heading', { name: 'Safe Nudge settings' }).waitFor();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!e2e.available)('welcome page', () => {
  it('opened by itself, once, when the extension was installed', async () => {
    const { context, extensionId } = e2e.browser();
    const welcome = () => context.pages().filter((page) => page.url() === `chrome-extension://${extensionId}/welcome.html`);
    await expect.poll(() => welcome().length, { timeout: 10_000 }).toBe(1);
  });

  it('has no serious or critical axe-core violations, and "Try it" shows a reminder', async () => {
    const page = await openExtensionPage(e2e, 'welcome.html');
    await page.getByRole('heading', { name: 'Welcome to Safe Nudge' }).waitFor();
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.getByRole('button', { name: 'Try it' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Do you know them in real life?' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.close();
  });
});
