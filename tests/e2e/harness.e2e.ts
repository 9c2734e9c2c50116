/**
 * The harness itself, with a tiny stand-in extension instead of Safe Nudge: pages served under
 * real host names over HTTPS, the extension loaded (its id found), and the recorder, file
 * chooser, trusted drop and paste all working. If this file fails, the other e2e failures
 * say nothing about Safe Nudge.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clicksOn, deliveries, dropFiles, pasteInto, setClipboard, testFiles, unpackedExtensionId, useE2E, zooPage } from './harness/index.ts';
import { TMP_DIR } from './harness/paths.ts';

function standInExtension(): string {
  const dir = join(TMP_DIR, 'stand-in-extension');
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'e2e stand-in',
    version: '1.0',
    background: { service_worker: 'sw.js' },
    permissions: ['storage'],
    host_permissions: ['https://www.facebook.com/*', 'https://www.instagram.com/*'],
    content_scripts: [{ matches: ['https://www.facebook.com/*'], js: ['content.js'], run_at: 'document_start' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'sw.js'), '');
  writeFileSync(join(dir, 'content.js'), "document.documentElement.dataset.standIn = 'loaded';");
  return dir;
}

const extensionDir = standInExtension();
const e2e = useE2E({ extensionDir });
const files = testFiles();

const page1 = {
  url: 'https://www.facebook.com/friends/requests',
  html: `<!-- url: https://www.facebook.com/friends/requests -->
    <div data-sn-expect="friend-request" role="button"><span data-sn-click>Confirm</span></div>
    <a href="/someone" data-sn-expect="none">Someone</a>
    <reddit-like><template shadowrootmode="open"><button data-sn-expect="friend-request">Follow</button></template></reddit-like>`,
};

describe.skipIf(!e2e.available)('e2e harness (stand-in extension)', () => {
  it('serves a page under its real host over HTTPS, with the extension running there', async () => {
    const page = await e2e.open(page1);
    expect(page.url()).toBe('https://www.facebook.com/friends/requests');
    expect(await page.evaluate(() => document.documentElement.dataset.standIn)).toBe('loaded');
    const zoo = await e2e.open(zooPage('uploads'));
    expect(zoo.url()).toBe('https://www.instagram.com/__zoo/uploads');
    expect(await zoo.evaluate(() => document.compatMode), 'the header comment keeps standards mode').toBe('CSS1Compat');
  });

  it('knows the extension id (service worker and path agree)', async () => {
    expect(e2e.browser().extensionId).toBe(unpackedExtensionId(extensionDir));
    expect(e2e.browser().extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('records clicks reaching marked controls, in shadow roots too, without leaving the page', async () => {
    const page = await e2e.open(page1);
    const controls = page.locator('[data-sn-expect]');
    expect(await controls.count()).toBe(3);
    await controls.nth(0).locator('[data-sn-click]').click();
    await controls.nth(1).click();
    await controls.nth(2).click();
    await controls.nth(2).click();
    expect([await clicksOn(controls.nth(0)), await clicksOn(controls.nth(1)), await clicksOn(controls.nth(2))]).toEqual([1, 1, 2]);
    expect(page.url()).toBe('https://www.facebook.com/friends/requests');
  });

  it('chooses files through every zoo input, detached ones included', async () => {
    const page = await e2e.open(zooPage('uploads'));
    const openers = { visible: '#visible-input', hidden: '#open-hidden', transient: '#open-transient', detached: '#open-detached', shadow: '#open-shadow' };
    for (const [where, opener] of Object.entries(openers)) {
      const chooser = page.waitForEvent('filechooser');
      await page.locator(opener).click();
      await (await chooser).setFiles(where === 'visible' ? [files.png, files.heic] : [files.heic]);
      await expect.poll(() => deliveries(page, 'change', where), { message: where }).toHaveLength(1);
      const [delivery] = await deliveries(page, 'change', where);
      if (where === 'visible') {
        expect(delivery).toMatchObject({ names: ['photo.png', 'IMG_0001.heic'], types: ['image/png', ''], trusted: true });
      } else {
        // The HEIC photo has an empty type: Safe Nudge has to look at the name.
        expect(delivery).toMatchObject({ names: ['IMG_0001.heic'], types: [''], trusted: true });
      }
    }
  });

  it('drops files with trusted drag events', async () => {
    const page = await e2e.open(zooPage('uploads'));
    await dropFiles(page, page.locator('#dropzone'), [files.png]);
    await expect.poll(() => deliveries(page, 'drop')).toHaveLength(1);
    expect((await deliveries(page, 'drop'))[0]).toMatchObject({ names: ['photo.png'], trusted: true });
  });

  it('pastes an image and text from the clipboard with Ctrl+V', async () => {
    const page = await e2e.open(zooPage('uploads'));
    await setClipboard(page, { png: files.pngBytes });
    await pasteInto(page, page.locator('#pastebox'));
    await expect.poll(() => deliveries(page, 'paste')).toHaveLength(1);
    const [image] = await deliveries(page, 'paste');
    expect(image).toMatchObject({ trusted: true, types: ['image/png'] });
    await setClipboard(page, { text: 'hello' });
    await pasteInto(page, page.locator('#pastebox'));
    await expect.poll(() => deliveries(page, 'paste')).toHaveLength(2);
    expect((await deliveries(page, 'paste'))[1]).toMatchObject({ text: 'hello', names: [] });
  });
});
