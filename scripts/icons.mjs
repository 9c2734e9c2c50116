#!/usr/bin/env node
/**
 * Draws the extension's icons (public/icon/16.png … 128.png, which WXT puts in the manifest)
 * from scripts/icons/icon.svg, by rendering it in headless Chromium at each size.
 *
 *   node scripts/icons.mjs        (needs Chromium: /usr/bin/chromium or CHROMIUM_PATH)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'scripts', 'icons', 'icon.svg'), 'utf8');
const SIZES = [16, 32, 48, 128];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await page.locator('svg').screenshot({ path: join(root, 'public', 'icon', `${size}.png`), omitBackground: true });
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
