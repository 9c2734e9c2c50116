#!/usr/bin/env node
/**
 * What a family sees in "only when a photo may show nudity" (issue 11): how much later an
 * ordinary 12-megapixel photo reaches the site than it would with photo reminders off. Real
 * Chromium, the built extension, the uploads zoo page served as https://www.instagram.com; the
 * photo chosen through the page's own file picker (a trusted change event). Per choice, the
 * time from Node handing the file to the picker to the page's own change listener receiving
 * it, on the same clock (epoch milliseconds on both sides):
 *   - gate: photoScope "nudity": held with no reminder while the extension checks it (page
 *     script → reduce → checker page → model → verdict), then delivered untouched;
 *   - off: the photo reminder turned off (kinds["image-upload"].enabled = false), the same page
 *     and browser: what choosing a file costs anyway.
 * The first gate choice waits --browse ms in the open picker (a child looking for the photo;
 * the model loads meanwhile), the rest are warm, in the same page. Rounds alternate gate/off.
 * Then --fresh choices each in a page of its own (one photo per visit, as a child usually
 * shares), where the page script reads a photo for the first time.
 *
 *   node scripts/photo-gate-bench.mjs [--runs 20] [--fresh 10] [--browse 3000] [--json out.json]   (needs a build)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createJiti } from 'jiti';
import { makeTestPhotoInPage } from './photo/test-photo.mjs';
import { arrival, GATE, now, OFF, round, summary } from './photo/gate.mjs';

const root = join(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '20' }, browse: { type: 'string', default: '3000' }, fresh: { type: 'string', default: '10' }, json: { type: 'string' } } });
const jiti = createJiti(import.meta.url);
const { launchWithExtension, setExtensionStorage } = await jiti.import(join(root, 'tests/e2e/harness/browser.ts'));
const { startServer } = await jiti.import(join(root, 'tests/e2e/harness/server.ts'));
const { TMP_DIR } = await jiti.import(join(root, 'tests/e2e/harness/paths.ts'));
const { zooPage } = await jiti.import(join(root, 'tests/e2e/harness/fixtures.ts'));
const { withRecorder } = await jiti.import(join(root, 'tests/e2e/harness/recorder.ts'));


const server = await startServer();
const browser = await launchWithExtension({ port: server.port });
try {
  mkdirSync(TMP_DIR, { recursive: true });
  const photoPath = join(TMP_DIR, 'IMG_12MP.jpg');
  writeFileSync(photoPath, Buffer.from(await makeTestPhotoInPage(browser.extensionPage), 'base64'));
  const zoo = zooPage('uploads');
  server.route(zoo.url, withRecorder(zoo.html));

  /** The zoo page with a listener of the page's own that notes when each change arrives. */
  async function openPage() {
    const page = await browser.context.newPage();
    await page.goto(zoo.url, { waitUntil: 'load' });
    await page.evaluate(() => {
      globalThis.__arrived = [];
      document.getElementById('visible-input').addEventListener('change', () => globalThis.__arrived.push(performance.timeOrigin + performance.now()));
    });
    return page;
  }

  /** One choice through the picker in `settings`; ms from handing over the file to the page having it. */
  async function chooseOnce(page, settings, browseMs = 0) {
    // The page script follows storage changes live; give the change a moment to arrive.
    await setExtensionStorage(browser, settings);
    await page.waitForTimeout(150);
    // Cleared as sites do after an upload: choosing the same file again fires no change otherwise.
    const count = await page.evaluate(() => {
      document.getElementById('visible-input').value = '';
      return globalThis.__arrived.length;
    });
    const chooser = page.waitForEvent('filechooser', { timeout: 5000 });
    await page.locator('#visible-input').click({ timeout: 5000 });
    const picker = await chooser;
    if (browseMs) await page.waitForTimeout(browseMs);
    const handed = now();
    await picker.setFiles(photoPath);
    const arrived = await arrival(() => page.evaluate((n) => globalThis.__arrived[n], count));
    if (arrived === undefined) throw new Error(`not delivered in 10 s (${await page.locator('safe-nudge').count()} reminders on the page)`);
    if ((await page.locator('safe-nudge').count()) > 0) throw new Error('a reminder appeared: the bench photo was not judged ordinary');
    return arrived - handed;
  }

  const page = await openPage();
  const cold = await chooseOnce(page, GATE, Number(args.browse));
  const gate = [];
  const off = [];
  for (let i = 0; i < Number(args.runs); i++) {
    gate.push(await chooseOnce(page, GATE));
    off.push(await chooseOnce(page, OFF));
  }
  await page.close();
  // A child usually shares one photo per visit: each in a page of its own, where the page
  // script's code runs for the first time (the checker page and its model stay warm).
  const fresh = [];
  for (let i = 0; i < Number(args.fresh); i++) {
    const freshPage = await openPage();
    fresh.push(await chooseOnce(freshPage, GATE, Number(args.browse)));
    await freshPage.close();
  }
  const added = gate.map((g, i) => g - off[i]);
  const result = {
    runs: gate.length,
    firstChoiceAfterBrowsing: { browseMs: Number(args.browse), ms: round(cold) },
    gate: summary(gate),
    off: summary(off),
    addedByTheCheck: summary(added),
    firstPhotoInAFreshPage: fresh.length ? summary(fresh) : null,
  };
  console.log(JSON.stringify(result, null, 2));
  if (args.json) writeFileSync(args.json, JSON.stringify({ ...result, samples: { gate, off, fresh } }, null, 2));
} finally {
  await browser.close();
  await server.close();
}
