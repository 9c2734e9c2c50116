/**
 * The on-device photo check in real Chromium (issue 11), on the uploads zoo page served at
 * https://www.instagram.com/__zoo/uploads:
 *
 * - with the test build's stand-in model (tests/e2e/photo-check-stub.ts, built only into
 *   tests/e2e/.tmp/seam-build by tests/e2e/harness/seam-build.mjs), which answers scores a test
 *   chooses through the real path — page script → background → offscreen checker page
 *   (decoding the real file) → verdict → reminder: the firm words appear, with "Get help" first
 *   and "Not now" focused; "only when a photo may show nudity" delivers an ordinary photo once
 *   with no reminder, and holds a firm one;
 * - with the real model (the product build): ordinary photos of people are let through once in
 *   that mode, and keep the ordinary words in "every photo" mode; a HEIC file the browser
 *   cannot decode gets the ordinary reminder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  choose, deliveries, expectNoReminder, expectReminder, expectSettled, reminder, deepActiveElement, testFiles, useE2E, zooPage,
} from './harness/index.ts';
import { ROOT, TMP_DIR } from './harness/paths.ts';
import { STUB_SCORES_REQUEST } from './photo-check-stub.ts';
import { ordinaryPhotos } from '../photo-check/ordinary-photos.mjs';
import { PHOTO_INPUT_FILE } from '../../content/photo/input-import.ts';

const SEAM_DIR = join(TMP_DIR, 'seam-build', 'chrome-mv3');
// The test build, made once per run before the browser starts (about 25 s).
if (existsSync('/usr/bin/chromium') || process.env.CHROMIUM_PATH) {
  execFileSync(process.execPath, [join(ROOT, 'tests/e2e/harness/seam-build.mjs'), join(TMP_DIR, 'seam-build')], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const zoo = zooPage('uploads');
const files = testFiles();
const photos = ordinaryPhotos();
const SCORES = {
  porn: { Drawing: 0.01, Hentai: 0.04, Neutral: 0.05, Porn: 0.85, Sexy: 0.05 },
  neutral: { Drawing: 0.01, Hentai: 0.0, Neutral: 0.97, Porn: 0.01, Sexy: 0.01 },
};

/** `browseMs`: how long the child looks through the picker before choosing (the model warms meanwhile). */
async function choosePhoto(page: Page, paths: string[], browseMs = 0): Promise<void> {
  const chooser = page.waitForEvent('filechooser', { timeout: 5000 });
  await page.locator('#visible-input').click({ timeout: 5000 });
  const picker = await chooser;
  if (browseMs) await page.waitForTimeout(browseMs);
  await picker.setFiles(paths);
}

const isFirm = (page: Page) => reminder(page).locator('[role=alertdialog][data-firm]').count().then((n) => n > 0);
const buttonOrder = (page: Page) => reminder(page).locator('[data-choice]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-choice')));
const names = async (page: Page) => (await deliveries(page, 'change', 'visible')).map((d) => d.names);

type Chrome = {
  runtime: { onMessage: { addListener(l: unknown): void; removeListener(l: unknown): void } };
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
};
/** The stand-in model asks for its scores; the test's extension page answers with these. */
async function answerStubScores(e2e: ReturnType<typeof useE2E>, scores: Record<string, number>): Promise<void> {
  await e2e.browser().extensionPage.evaluate(([type, chosen]) => {
    const g = globalThis as unknown as { __stubListener?: (m: unknown, s: unknown, respond: (r: unknown) => void) => boolean | undefined };
    const { runtime } = (globalThis as unknown as { chrome: Chrome }).chrome;
    if (g.__stubListener) runtime.onMessage.removeListener(g.__stubListener);
    g.__stubListener = (message, _sender, respond) => {
      if ((message as { type?: string }).type !== type) return undefined;
      respond(chosen);
      return false;
    };
    runtime.onMessage.addListener(g.__stubListener);
  }, [STUB_SCORES_REQUEST, scores] as const);
}

describe('photo check with the stand-in model (test build only)', () => {
  const e2e = useE2E({ extensionDir: SEAM_DIR });

  describe.skipIf(!e2e.available)('through the real message path', () => {
    it('a picture over the threshold turns the reminder firm: Get help first, Not now focused; counted as a firm photo reminder', async () => {
      await answerStubScores(e2e, SCORES.porn);
      const page = await e2e.open(zoo);
      await choosePhoto(page, [photos[0]!.path]);
      await expectReminder(page, 'image-upload');
      await expect.poll(() => isFirm(page), { timeout: 10_000, message: 'the firm words after the check' }).toBe(true);
      expect(await buttonOrder(page)).toEqual(['help', 'cancel', 'continue']);
      expect((await deepActiveElement(page)).choice, '"Not now" has the focus').toBe('cancel');
      await expect.poll(() => reminder(page).locator('#sn-title').innerText()).toMatch(/private parts/i);
      await choose(page, 'cancel');
      await expectSettled(() => names(page), [], 'nothing delivered after not now');
      const counts = await e2e.browser().extensionPage.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(['counts'])).counts as Record<string, number>);
      expect(Object.keys(counts ?? {}).some((k) => k.endsWith('|photo-firm|instagram|cancel')), JSON.stringify(counts)).toBe(true);
      expect(JSON.stringify(counts)).not.toMatch(/0\.85|Porn/);
    }, 40_000);

    it('"only when a photo may show nudity": an ordinary photo goes straight through, delivered once, no reminder', async () => {
      await answerStubScores(e2e, SCORES.neutral);
      await e2e.setStorage({ photoScope: 'nudity' });
      const page = await e2e.open(zoo);
      await choosePhoto(page, [photos[1]!.path]);
      await expectSettled(() => names(page), [[photos[1]!.path.split('/').pop()!]], 'delivered once, untouched');
      await expectNoReminder(page);
    }, 40_000);

    it('"only when a photo may show nudity": a picture over the threshold is held and gets the firm words at once', async () => {
      await answerStubScores(e2e, SCORES.porn);
      await e2e.setStorage({ photoScope: 'nudity' });
      const page = await e2e.open(zoo);
      await choosePhoto(page, [photos[2]!.path]);
      await expectReminder(page, 'image-upload');
      expect(await isFirm(page)).toBe(true);
      expect(await names(page), 'nothing reaches the page while held').toEqual([]);
      await choose(page, 'continue');
      await expectSettled(() => names(page), [[photos[2]!.path.split('/').pop()!]], 'continue delivers once');
    }, 40_000);
  });
});

describe('photo check with the real model (product build)', () => {
  const e2e = useE2E();

  describe.skipIf(!e2e.available)('ordinary photos of people', () => {
    it('"only when a photo may show nudity": three ordinary photos are checked in the extension and delivered once with no reminder', async () => {
      await e2e.setStorage({ photoScope: 'nudity' });
      const page = await e2e.open(zoo);
      // In this mode the picker's opening starts loading the model; a child spends a few
      // seconds choosing, so the first photo is checked by a warm model, as here.
      for (const [i, photo] of photos.slice(10, 13).entries()) {
        await choosePhoto(page, [photo.path], i === 0 ? 4000 : 0);
        await expect.poll(() => names(page), { timeout: 10_000 }).toContainEqual([photo.path.split('/').pop()!]);
      }
      await expectNoReminder(page);
      expect((await names(page)).length, 'each delivered exactly once').toBe(3);
    }, 60_000);

    it('"every photo": the reminder appears at once and keeps the ordinary words after the check', async () => {
      const page = await e2e.open(zoo);
      await choosePhoto(page, [photos[20]!.path]);
      await expectReminder(page, 'image-upload');
      await page.waitForTimeout(4000); // model load and check, while the reminder is up
      expect(await isFirm(page)).toBe(false);
      await choose(page, 'continue');
      await expectSettled(() => names(page), [[photos[20]!.path.split('/').pop()!]], 'delivered once');
    }, 40_000);

    it('"only when a photo may show nudity": a HEIC the browser cannot decode gets the ordinary reminder, not an error', async () => {
      await e2e.setStorage({ photoScope: 'nudity' });
      const page = await e2e.open(zoo);
      await choosePhoto(page, [files.heic]);
      await expectReminder(page, 'image-upload');
      expect(await isFirm(page)).toBe(false);
      await choose(page, 'continue');
      await expectSettled(() => names(page), [['IMG_0001.heic']], 'delivered once');
    }, 40_000);
  });
});

describe('a JPEG with restart markers is decoded as two halves at once (product build)', () => {
  const e2e = useE2E();
  const pictures = join(ROOT, 'tests/fixtures/photos');
  const base64Of = (name: string) => readFileSync(join(pictures, name)).toString('base64');

  type Reduced = { input?: string; viaImageDecoder?: boolean; viaPlanes?: boolean; viaSplit?: boolean };
  /** Each JPEG (base64) through the built photo-input.js in an extension page, as the page script reduces a chosen picture. */
  async function reduce(files: string[]): Promise<Reduced[]> {
    // A string, so the test runner's transform leaves its import() alone (as scripts/photo/session.mjs's).
    return (await e2e.browser().extensionPage.evaluate(`(async (file, files) => {
      const { photoInput } = await import(location.origin + '/' + file);
      const fileOf = (b64) => new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'photo.jpg', { type: 'image/jpeg' });
      const out = [];
      for (const b64 of files) out.push(await photoInput.messageOf(fileOf(b64)));
      return out;
    })(${JSON.stringify(PHOTO_INPUT_FILE)}, ${JSON.stringify(files)})`)) as Reduced[];
  }

  it.skipIf(!e2e.available)('each half by its own ImageDecoder, giving exactly the input of the same picture without markers', async () => {
    for (const layout of ['420', '422', '444']) {
      const [whole, halves] = await reduce([base64Of(`plain-${layout}.jpg`), base64Of(`restart-${layout}.jpg`)]);
      expect(whole, layout).toMatchObject({ viaImageDecoder: true, viaPlanes: true, viaSplit: false });
      expect(halves, layout).toMatchObject({ viaImageDecoder: true, viaPlanes: true, viaSplit: true });
      expect(typeof halves!.input).toBe('string');
      expect(halves!.input === whole!.input, `${layout}: the same input, number for number`).toBe(true);
    }
  }, 60_000);

  it.skipIf(!e2e.available)('a photo to be shown turned (EXIF orientation 6) is not split: it gets its marker-free twin\'s turned input', async () => {
    // An Exif segment (APP1) with only Orientation = 6 (turn 90° clockwise), put after the start of image.
    const exif = Buffer.from('FFE10022457869660000' + '4D4D002A00000008' + '0001' + '011200030000000100060000' + '00000000', 'hex');
    const turned = (name: string) => {
      const bytes = readFileSync(join(pictures, name));
      return Buffer.concat([bytes.subarray(0, 2), exif, bytes.subarray(2)]).toString('base64');
    };
    const [whole, marked, upright] = await reduce([turned('plain-420.jpg'), turned('restart-420.jpg'), base64Of('plain-420.jpg')]);
    expect(marked).toMatchObject({ viaSplit: false });
    expect(typeof marked!.input).toBe('string');
    expect(marked!.input === whole!.input, 'the same turned input').toBe(true);
    expect(whole!.input === upright!.input, 'the orientation was applied').toBe(false);
  }, 60_000);
});
