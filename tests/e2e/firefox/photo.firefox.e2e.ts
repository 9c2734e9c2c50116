/**
 * The on-device photo check in real Firefox ESR (issue 11), on the uploads zoo page served at
 * https://www.instagram.com/__zoo/uploads. In Firefox the checker page is an iframe of the
 * background page (photo-check/host.ts). The test build (tests/e2e/harness/seam-build.mjs,
 * built here for Firefox into tests/e2e/.tmp/seam-build/firefox-mv2) has the stand-in model of
 * tests/e2e/photo-check-stub.ts, which asks for its scores with a runtime message; the harness's
 * extension tab answers with the scores a test chose. So the path is the real one: file chosen
 * (WebDriver input.setFiles: trusted input/change events) → page script → background → checker
 * iframe (decoding the real file) → verdict → reminder.
 * - "every photo": the reminder is up at once, before the check has answered; then the firm
 *   words (data-firm, "Get help" first, "Not now" focused); counted as a firm photo reminder;
 * - "only when a photo may show nudity": an ordinary photo is checked and delivered once with no
 *   reminder; a picture over the threshold is held with the firm words, continue delivers once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import jpeg from 'jpeg-js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { choose, chooseFiles, deliveries, expectNoReminder, expectReminder, expectReminderGone, find, useFirefox } from '../harness/firefox-e2e.ts';
import { FIREFOX_PATH } from '../harness/firefox.ts';
import { zooPage } from '../harness/fixtures.ts';
import { expectSettled } from '../harness/reminder.ts';
import { ROOT, TMP_DIR } from '../harness/paths.ts';
import { STUB_SCORES_REQUEST } from '../photo-check-stub.ts';
import { ordinaryPhotos } from '../../photo-check/ordinary-photos.mjs';
import { PHOTO_INPUT_FILE } from '../../../content/photo/input-import.ts';

const SEAM_DIR = join(TMP_DIR, 'seam-build', 'firefox-mv2');
// The test build for Firefox, made before the browser starts (about 10 s).
if (existsSync(FIREFOX_PATH)) {
  execFileSync(process.execPath, [join(ROOT, 'tests/e2e/harness/seam-build.mjs'), join(TMP_DIR, 'seam-build'), 'firefox'], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const ff = useFirefox({ extensionDir: SEAM_DIR });
const zoo = zooPage('uploads');
const photos = ordinaryPhotos();
const SCORES = {
  porn: { Drawing: 0.01, Hentai: 0.04, Neutral: 0.05, Porn: 0.85, Sexy: 0.05 },
  neutral: { Drawing: 0.01, Hentai: 0.0, Neutral: 0.97, Porn: 0.01, Sexy: 0.01 },
};
const fileName = (path: string) => path.split('/').pop()!;

/** A 4000×3000 JPEG (gradients; jpeg-js, quality 85, ≈ 4 MB), made once per run into the e2e temp folder. */
function bigPhoto(): string {
  const path = join(TMP_DIR, 'files', 'IMG_4000x3000.jpg');
  if (existsSync(path)) return path;
  const [width, height] = [4000, 3000];
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) data.set([(x * 255) / width, (y * 255) / height, ((x + y) * 7) & 255, 255], (y * width + x) * 4);
  mkdirSync(join(TMP_DIR, 'files'), { recursive: true });
  writeFileSync(path, jpeg.encode({ data, width, height }, 85).data);
  return path;
}

/**
 * The stand-in model asks for its scores; the harness's extension tab answers with these, after
 * `delayMs` (a slow check). Returns how many times the model asked so far, to show a photo that
 * went straight through was really checked.
 */
async function answerStubScores(scores: Record<string, number>, delayMs = 0): Promise<void> {
  await ff.firefox().inExtension(`
    const g = globalThis;
    if (g.__stubListener) browser.runtime.onMessage.removeListener(g.__stubListener);
    g.__stubAsked = 0;
    g.__stubListener = (message) => {
      if (message?.type !== ${JSON.stringify(STUB_SCORES_REQUEST)}) return undefined;
      g.__stubAsked++;
      return new Promise((resolve) => setTimeout(() => resolve(${JSON.stringify(scores)}), ${delayMs}));
    };
    browser.runtime.onMessage.addListener(g.__stubListener);
    return true;`);
}
const stubAsked = () => ff.firefox().inExtension<number>('return globalThis.__stubAsked ?? 0;');

const REMINDER = 'safe-nudge:not([data-mode])';
const isFirm = (page: Page) => page.$(`${REMINDER} >>> [role=alertdialog][data-firm]`).then((found) => !!found);
const title = (page: Page) => page.$eval(`${REMINDER} >>> #sn-title`, (el) => el.textContent ?? '');
const buttonOrder = (page: Page) => page.$$eval(`${REMINDER} >>> [data-choice]`, (buttons) => buttons.map((b) => b.getAttribute('data-choice')));
/** The choice that has focus, looking into the reminder's shadow root. */
const focusedChoice = (page: Page) =>
  page.evaluate(() => {
    const host = document.activeElement;
    return host?.localName === 'safe-nudge' ? (host.shadowRoot?.activeElement?.getAttribute('data-choice') ?? null) : null;
  });
const names = async (page: Page) => (await deliveries(page, 'change', 'visible')).map((d) => d.names);

describe.skipIf(!ff.available)('Firefox: photo check with the stand-in model (test build only)', () => {
  it('"every photo": the reminder is up at once, before the check answers; then the firm words, Get help first, Not now focused; counted as firm', async () => {
    await answerStubScores(SCORES.porn, 1500);
    const page = await ff.open(zoo);
    await chooseFiles(await find(page, '#visible-input'), [photos[0]!.path]);
    await expectReminder(page, 'image-upload');
    expect(await isFirm(page), 'the ordinary words while the check runs').toBe(false);
    const gentle = await title(page);
    await expect.poll(() => isFirm(page), { timeout: 10_000, message: 'the firm words after the check' }).toBe(true);
    expect(await stubAsked()).toBeGreaterThan(0);
    expect(await title(page)).toMatch(/private parts/i);
    expect(await title(page)).not.toBe(gentle);
    expect(await buttonOrder(page)).toEqual(['help', 'cancel', 'continue']);
    expect(await focusedChoice(page), '"Not now" has the focus').toBe('cancel');
    expect(await names(page), 'nothing reaches the page while held').toEqual([]);
    await choose(page, 'cancel');
    await expectReminderGone(page);
    await expectSettled(() => names(page), [], 'nothing delivered after not now');
    const counts = await ff.firefox().inExtension<Record<string, number> | null>('return (await browser.storage.local.get("counts")).counts ?? null;');
    expect(Object.keys(counts ?? {}).some((k) => k.endsWith('|photo-firm|instagram|cancel')), JSON.stringify(counts)).toBe(true);
    expect(JSON.stringify(counts)).not.toMatch(/0\.85|Porn/);
  }, 40_000);

  it('"only when a photo may show nudity": an ordinary photo is checked and goes straight through, delivered once, no reminder', async () => {
    await answerStubScores(SCORES.neutral);
    await ff.setStorage({ photoScope: 'nudity' });
    const page = await ff.open(zoo);
    await chooseFiles(await find(page, '#visible-input'), [photos[1]!.path]);
    await expectSettled(() => names(page), [[fileName(photos[1]!.path)]], 'delivered once, untouched');
    await expectNoReminder(page);
    expect(await stubAsked(), 'the photo went through the check').toBeGreaterThan(0);
  }, 40_000);

  it('"only when a photo may show nudity": a 12-megapixel photo is checked within the 2 s time-out and goes straight through', async () => {
    // Before its decoded frame was copied once, the page script took 19.5 s to reduce such a photo
    // in Firefox: the check always timed out and the photo got the ordinary reminder instead.
    await answerStubScores(SCORES.neutral);
    await ff.setStorage({ photoScope: 'nudity' });
    const page = await ff.open(zoo);
    await chooseFiles(await find(page, '#visible-input'), [bigPhoto()]);
    await expectSettled(() => names(page), [['IMG_4000x3000.jpg']], 'delivered once, untouched');
    await expectNoReminder(page);
    expect(await stubAsked(), 'the photo went through the check').toBeGreaterThan(0);
  }, 40_000);

  it('"only when a photo may show nudity": a picture over the threshold is held and gets the firm words at once; continue delivers once', async () => {
    await answerStubScores(SCORES.porn);
    await ff.setStorage({ photoScope: 'nudity' });
    const page = await ff.open(zoo);
    await chooseFiles(await find(page, '#visible-input'), [photos[2]!.path]);
    await expectReminder(page, 'image-upload');
    expect(await isFirm(page)).toBe(true);
    expect(await names(page), 'nothing reaches the page while held').toEqual([]);
    await choose(page, 'continue');
    await expectReminderGone(page);
    await expectSettled(() => names(page), [[fileName(photos[2]!.path)]], 'continue delivers once');
  }, 40_000);
});

describe.skipIf(!ff.available)('Firefox: the page script\'s reduction of a picture (ImageDecoder gives RGB frames here)', () => {
  const pictures = join(ROOT, 'tests/fixtures/photos');
  type Reduced = { input?: string; viaImageDecoder?: boolean; viaSplit?: boolean; copies: number };
  /** Each JPEG through the built photo-input.js in the extension tab, counting VideoFrame.copyTo calls. */
  const reduce = (names: string[]) => ff.firefox().inExtension<Reduced[]>(`
    const { photoInput } = await import(browser.runtime.getURL(${JSON.stringify(PHOTO_INPUT_FILE)}));
    const copyTo = VideoFrame.prototype.copyTo;
    let copies = 0;
    VideoFrame.prototype.copyTo = function (...args) { copies++; return copyTo.apply(this, args); };
    const out = [];
    try {
      for (const b64 of ${JSON.stringify(names.map((name) => readFileSync(join(pictures, name)).toString('base64')))}) {
        copies = 0;
        const file = new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'photo.jpg', { type: 'image/jpeg' });
        out.push({ ...(await photoInput.messageOf(file)), copies });
      }
    } finally {
      VideoFrame.prototype.copyTo = copyTo;
    }
    return out;
  `);

  it('copies each decoded frame once, not once per run of rows (a 12-MP photo took 19.5 s that way, past the 2 s time-out)', async () => {
    const [plain] = await reduce(['plain-420.jpg']);
    expect(plain).toMatchObject({ viaImageDecoder: true, viaSplit: false, copies: 1 });
    expect(typeof plain!.input).toBe('string');
  }, 40_000);

  it('a JPEG with restart markers is decoded as two halves, each copied once, and gives its marker-free twin\'s input', async () => {
    for (const layout of ['420', '422', '444']) {
      const [whole, halves] = await reduce([`plain-${layout}.jpg`, `restart-${layout}.jpg`]);
      expect(halves, layout).toMatchObject({ viaImageDecoder: true, viaSplit: true, copies: 2 });
      expect(halves!.input === whole!.input, `${layout}: the same input, number for number`).toBe(true);
    }
  }, 60_000);
});
