/** The extension's own pages open in Chromium without script errors. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useE2E } from './harness/index.ts';
import { EXTENSION_DIR } from './harness/paths.ts';

const e2e = useE2E();

function extensionPages(): string[] {
  if (!e2e.available) return [];
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  return [manifest.action?.default_popup, manifest.options_ui?.page ?? manifest.options_page].filter(Boolean);
}

describe.skipIf(!e2e.available)('extension pages', () => {
  for (const path of extensionPages()) {
    it(`${path} renders without errors`, async () => {
      const page = await e2e.browser().context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`chrome-extension://${e2e.browser().extensionId}/${path}`);
      await expect.poll(() => page.locator('body').innerText(), { message: `${path} shows something` }).not.toBe('');
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
