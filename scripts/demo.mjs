#!/usr/bin/env node
// `npm run demo`: build Safe Nudge and open Chromium with it on a local demo page served under
// https://www.facebook.com/friends/requests (by the e2e harness's HTTPS server; nothing leaves
// this machine). Without a display ($DISPLAY / $WAYLAND_DISPLAY unset, or --screenshots),
// write screenshots of the reminder to docs/screenshots/ instead.
//   node scripts/demo.mjs [--no-build] [--screenshots]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const headed = !argv.includes('--screenshots') && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!argv.includes('--no-build')) {
  const built = spawnSync('npx', ['--no-install', 'wxt', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// The harness is TypeScript; bundle it for plain node (its packages stay external).
const kitFile = join(root, 'tests', 'e2e', '.tmp', 'demo-kit.mjs');
await build({
  entryPoints: [join(root, 'tests', 'e2e', 'harness', 'kit.ts')],
  outfile: kitFile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const kit = await import(pathToFileURL(kitFile).href);

if (!kit.browserAvailable()) process.exit(1);
const demoFile = join(root, 'scripts', 'demo', 'page.html');
const html = readFileSync(demoFile, 'utf8');
const url = kit.headerUrl(html, demoFile);
const server = await kit.startServer();
server.route(url, html);

if (headed) {
  const browser = await kit.launchWithExtension({ port: server.port, headless: false, viewport: null });
  const page = await browser.context.newPage();
  await browser.extensionPage.close();
  await page.goto(url);
  console.log(`\nSafe Nudge demo: ${url} (served locally). Try "Add friend", "Confirm" or "Photo/video".`);
  console.log('Close the browser window to finish.\n');
  await new Promise((resolve) => browser.context.on('close', resolve));
  await server.close();
} else {
  await screenshots();
}

/** Wait until the element's text has stopped changing for a second (at most 8 s). */
async function settled(locator) {
  let last = '';
  let stableSince = Date.now();
  for (const end = Date.now() + 8000; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    const text = await locator.innerText().catch(() => '');
    if (text !== last) [last, stableSince] = [text, Date.now()];
    else if (Date.now() - stableSince >= 1000) return;
  }
}

async function screenshots() {
  const out = join(root, 'docs', 'screenshots');
  mkdirSync(out, { recursive: true });
  // A British family's computer, so the pictures match the README's examples.
  const browser = await kit.launchWithExtension({
    port: server.port,
    viewport: { width: 900, height: 640 },
    extraArgs: ['--accept-lang=en-GB,en', '--lang=en-GB'],
    env: { TZ: 'Europe/London', LANGUAGE: 'en_GB', LANG: 'en_GB.UTF-8' },
  });
  const files = kit.testFiles();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    const reminder = page.locator('safe-nudge');
    const shot = async (name) => {
      await page.waitForTimeout(500); // let any entrance transition finish
      await page.screenshot({ path: join(out, name) });
      console.log(`wrote docs/screenshots/${name}`);
    };

    await page.locator('#add').click();
    await reminder.locator('[role=alertdialog]').waitFor({ state: 'visible', timeout: 5000 });
    await shot('reminder-friend-request.png');
    await reminder.locator('[data-choice=help]').click();
    await settled(reminder.locator('[role=alertdialog]')); // the helpline arrives from the background
    await shot('help-card.png');
    await reminder.locator('[data-choice=cancel]').click();
    await reminder.waitFor({ state: 'detached', timeout: 5000 });

    const chooser = page.waitForEvent('filechooser');
    await page.locator('#share').click();
    await (await chooser).setFiles(files.png);
    await reminder.locator('[role=alertdialog]').waitFor({ state: 'visible', timeout: 5000 });
    await shot('reminder-image-upload.png');
    await parentShots(browser, out);
  } catch (error) {
    console.error(`demo: no reminder to photograph (is the engine built?): ${error.message}`);
    process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The parent's side, for the README: installing, confirming the region, and the popup. */
async function parentShots(browser, out) {
  const { context, extensionId } = browser;
  const save = async (page, name, options = {}) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, name), ...options });
    console.log(`wrote docs/screenshots/${name}`);
  };
  // chrome://extensions with Developer mode on: where "Load unpacked" is.
  const extensions = await context.newPage();
  await extensions.goto('chrome://extensions');
  await extensions.locator('extensions-manager').waitFor();
  await extensions.evaluate(() => {
    const toolbar = document.querySelector('extensions-manager')?.shadowRoot?.querySelector('extensions-toolbar');
    const toggle = toolbar?.shadowRoot?.querySelector('#devMode');
    if (toggle && !toggle.hasAttribute('checked')) toggle.click();
  });
  await save(extensions, 'install-load-unpacked.png');
  await extensions.close();

  const welcome = await context.newPage();
  await welcome.setViewportSize({ width: 900, height: 900 });
  await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  const setup = welcome.locator('section[aria-labelledby="setup-title"]');
  await setup.getByRole('button', { name: /^Use help for / }).waitFor();
  await setup.scrollIntoViewIfNeeded();
  await save(welcome, 'welcome-region.png', { clip: await setup.boundingBox() });
  await welcome.close();

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.locator('#popup-region:not([disabled])').waitFor();
  await save(popup, 'popup-help.png');
  await popup.close();
}
