/**
 * The folder a parent picks (README: "Load unpacked" → dist/Safe-Nudge-for-Chrome, made by
 * `npm run zip`) is a working Safe Nudge: the welcome page opens once, asks to confirm the
 * region, and the popup gives help. Skipped with a message when dist/ was not built
 * (with CI=true, where npm test builds it first, it fails instead).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useE2E } from './harness/index.ts';
import { ROOT } from './harness/paths.ts';

const e2e = useE2E({ extensionDir: join(ROOT, 'dist', 'Safe-Nudge-for-Chrome') });

describe.skipIf(!e2e.available)("the parent's folder, dist/Safe-Nudge-for-Chrome", () => {
  it('installs: the welcome page opened by itself and asks to confirm the region', async () => {
    const { context, extensionId } = e2e.browser();
    await expect.poll(() => context.pages().some((page) => page.url() === `chrome-extension://${extensionId}/welcome.html`)).toBe(true);
    const welcome = context.pages().find((page) => page.url().endsWith('/welcome.html'))!;
    await welcome.getByRole('button', { name: /^Use help for / }).waitFor();
  });

  it('its popup gives help at once', async () => {
    const { context, extensionId } = e2e.browser();
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.getByRole('heading', { name: 'In danger now' }).waitFor();
    await page.close();
  });
});
