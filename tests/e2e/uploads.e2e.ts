/**
 * Photo sharing on the uploads zoo page (test page served at https://www.instagram.com/__zoo/uploads):
 * files chosen through visible, hidden, transient, detached and shadow-root inputs, dropped,
 * and pasted. A photo (or HEIC with an empty type, or a video) is held; "continue" delivers the
 * same files to the page's own handler exactly once; "not now" delivers nothing and leaves the
 * input empty. Other files and text pastes pass straight through, once.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  choose, deliveries, dropFiles, expectNoReminder, expectReminder, expectReminderGone, expectSettled,
  pasteInto, setClipboard, testFiles, useE2E, zooPage,
} from './harness/index.ts';

const e2e = useE2E();
const files = testFiles();
const zoo = zooPage('uploads');

const MECHANISMS = {
  visible: '#visible-input',
  hidden: '#open-hidden',
  transient: '#open-transient',
  detached: '#open-detached',
  shadow: '#open-shadow',
} as const;
type Mechanism = keyof typeof MECHANISMS;

/** Open the mechanism's file chooser the way a child would, and pick `paths`. */
async function chooseFiles(page: Page, where: Mechanism, paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser', { timeout: 5000 });
  await page.locator(MECHANISMS[where]).click({ timeout: 5000 });
  await (await chooser).setFiles(paths);
}

const namesDelivered = async (page: Page, type: 'change' | 'drop' | 'paste', where: string) =>
  (await deliveries(page, type, where)).map((d) => d.names);

const inputFileCount = (page: Page, where: Mechanism) =>
  page.evaluate((w) => (window as unknown as { __zoo: { inputs: Record<string, HTMLInputElement> } }).__zoo.inputs[w]?.files?.length ?? -1, where);

describe.skipIf(!e2e.available)('uploads (zoo test page)', () => {
  for (const where of Object.keys(MECHANISMS) as Mechanism[]) {
    describe(`${where} input`, () => {
      it('a photo is held; continue delivers the same file once', async () => {
        const page = await e2e.open(zoo);
        await chooseFiles(page, where, [files.png]);
        await expectReminder(page, 'image-upload');
        expect(await deliveries(page, 'change', where), 'nothing reaches the page while held').toEqual([]);
        await choose(page, 'continue');
        await expectReminderGone(page);
        await expectSettled(() => namesDelivered(page, 'change', where), [['photo.png']], `${where}: delivered once`);
      });

      it('not now: nothing delivered and the input is emptied', async () => {
        const page = await e2e.open(zoo);
        await chooseFiles(page, where, [files.jpg]);
        await expectReminder(page, 'image-upload');
        await choose(page, 'cancel');
        await expectReminderGone(page);
        await expectSettled(() => namesDelivered(page, 'change', where), [], `${where}: nothing delivered`);
        expect(await inputFileCount(page, where), `${where}: input.files is empty`).toBe(0);
      });

      it('a PDF is not nudged and arrives once', async () => {
        const page = await e2e.open(zoo);
        await chooseFiles(page, where, [files.pdf]);
        await expectNoReminder(page);
        await expectSettled(() => namesDelivered(page, 'change', where), [['homework.pdf']], `${where}: PDF delivered once`);
      });

      it('a HEIC photo with an empty type is held', async () => {
        const page = await e2e.open(zoo);
        await chooseFiles(page, where, [files.heic]);
        await expectReminder(page, 'image-upload');
        await choose(page, 'continue');
        await expectSettled(async () => (await deliveries(page, 'change', where)).map((d) => [d.names, d.types]), [[['IMG_0001.heic'], ['']]], `${where}: HEIC delivered once`);
      });
    });
  }

  it('a video is held', async () => {
    const page = await e2e.open(zoo);
    await chooseFiles(page, 'visible', [files.mp4]);
    await expectReminder(page, 'image-upload');
    await choose(page, 'cancel');
    await expectSettled(() => namesDelivered(page, 'change', 'visible'), [], 'video not delivered after not now');
  });

  it('a photo chosen with a PDF is held, and both arrive once after continue', async () => {
    const page = await e2e.open(zoo);
    await chooseFiles(page, 'visible', [files.pdf, files.png]);
    await expectReminder(page, 'image-upload');
    await choose(page, 'continue');
    await expectSettled(() => namesDelivered(page, 'change', 'visible'), [['homework.pdf', 'photo.png']], 'both files, once');
  });

  describe('drop', () => {
    it('dropped photos are held; continue delivers them once', async () => {
      const page = await e2e.open(zoo);
      await dropFiles(page, page.locator('#dropzone'), [files.png, files.jpg]);
      await expectReminder(page, 'image-upload');
      expect(await deliveries(page, 'drop'), 'nothing reaches the page while held').toEqual([]);
      await choose(page, 'continue');
      await expectReminderGone(page);
      await expectSettled(() => namesDelivered(page, 'drop', 'drop'), [['photo.png', 'holiday.jpg']], 'drop delivered once');
    });

    it('not now: the drop never reaches the page', async () => {
      const page = await e2e.open(zoo);
      await dropFiles(page, page.locator('#dropzone'), [files.png]);
      await expectReminder(page, 'image-upload');
      await choose(page, 'cancel');
      await expectReminderGone(page);
      await expectSettled(() => namesDelivered(page, 'drop', 'drop'), [], 'drop not delivered');
    });

    it('a dropped PDF is not nudged and arrives once', async () => {
      const page = await e2e.open(zoo);
      await dropFiles(page, page.locator('#dropzone'), [files.pdf]);
      await expectNoReminder(page);
      await expectSettled(() => namesDelivered(page, 'drop', 'drop'), [['homework.pdf']], 'PDF drop delivered once');
    });
  });

  describe('paste', () => {
    it('a pasted image is held; continue delivers it once', async () => {
      const page = await e2e.open(zoo);
      await setClipboard(page, { png: files.pngBytes });
      await pasteInto(page, page.locator('#pastebox'));
      await expectReminder(page, 'image-upload');
      expect(await deliveries(page, 'paste'), 'nothing reaches the page while held').toEqual([]);
      await choose(page, 'continue');
      await expectReminderGone(page);
      await expectSettled(async () => (await deliveries(page, 'paste')).map((d) => d.types), [['image/png']], 'image paste delivered once');
    });

    it('not now: the pasted image never reaches the page', async () => {
      const page = await e2e.open(zoo);
      await setClipboard(page, { png: files.pngBytes });
      await pasteInto(page, page.locator('#pastebox'));
      await expectReminder(page, 'image-upload');
      await choose(page, 'cancel');
      await expectReminderGone(page);
      await expectSettled(async () => (await deliveries(page, 'paste')).length, 0, 'image paste not delivered');
    });

    it('a text paste is not nudged and arrives once', async () => {
      const page = await e2e.open(zoo);
      await setClipboard(page, { text: 'see you at school' });
      await pasteInto(page, page.locator('#pastebox'));
      await expectNoReminder(page);
      await expectSettled(async () => (await deliveries(page, 'paste')).map((d) => d.text), ['see you at school'], 'text paste delivered once');
    });
  });
});
