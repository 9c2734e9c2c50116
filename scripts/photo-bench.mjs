#!/usr/bin/env node
/**
 * The photo check's cost, in real Chromium with the built extension (issue 11):
 * - model load, cold (first open after the browser starts) and warm (opened again after it
 *   was closed, the files in the OS cache);
 * - one check of a 12-megapixel JPEG (4000×3000), p50/p95 over --runs checks, from the sender
 *   having the File to the answer: reading it into a message, decoding, sampling, the model;
 * - memory of all the browser's processes (PSS, /proc) before, while the model is loaded, and
 *   after the checker page closed itself after a minute idle.
 * The checks are sent by an extension page over the same runtime messages the page script uses,
 * the picture reduced first by the same built file the page script imports (photo-input.js);
 * `--whole` sends the whole file as a data: URL instead (videos' way, and pictures' way before
 * the reduction moved to the page script), for a before/after on one build.
 *
 * `--port` sends the input by a port only the checker page accepts (the page script's way since
 * 2026-12-03's third speed work) instead of a runtime message, which the background also receives.
 * `--restart` checks the same picture with a restart marker every MCU row (jpegtran), which the
 * page script decodes as two halves at once (photo-check/jpeg-restart.ts).
 * Before the first check the page script's reduction is warmed as when the child's file picker
 * opens (warmBeforeChoice: photo-input.js's warmUp, then the checker page opens); `--cold-sender`
 * skips that warm-up, as for a photo dropped or pasted with no picker first.
 *
 *   node scripts/photo-bench.mjs [--runs 30] [--build] [--whole] [--port] [--restart] [--skip-idle] [--cold-sender] [--json out.json]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createJiti } from 'jiti';

const root = join(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '30' }, build: { type: 'boolean', default: false }, json: { type: 'string' }, whole: { type: 'boolean', default: false }, port: { type: 'boolean', default: false }, 'skip-idle': { type: 'boolean', default: false }, restart: { type: 'boolean', default: false }, 'cold-sender': { type: 'boolean', default: false } } });
const jiti = createJiti(import.meta.url);
const { IDLE_MS } = await jiti.import(join(root, 'photo-check/page.ts'));
const { checkerSession } = await import('./photo/session.mjs');
const { makeTestPhotoInPage } = await import('./photo/test-photo.mjs');

if (args.build) execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });

/** Proportional set size of every process of this browser (its profile folder is in each command line). */
function browserPssMB(profileMark) {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('chromium') || !cmd.includes(profileMark)) continue;
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      kb += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
    } catch {
      /* gone meanwhile */
    }
  }
  return kb / 1024;
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const round = (x) => Math.round(x * 10) / 10;

const session = await checkerSession();
const { page, profileMark, open } = session;
const check = args.whole ? session.checkWhole : () => session.check(args.port);

// The 4000×3000 JPEG with photo-like detail (scripts/photo/test-photo.mjs), kept in the page as globalThis.__photo.
const madeBase64 = await makeTestPhotoInPage(page);
if (args.restart) {
  // The same coefficients with a restart marker every MCU row, as some phone cameras write
  // (jpegtran -restart is lossless; -optimize keeps Huffman tables fitted to the picture, as
  // the browser's encoder made them). Needs Debian's libjpeg-turbo-progs.
  const marked = execFileSync('jpegtran', ['-copy', 'all', '-optimize', '-restart', '1'], { input: Buffer.from(madeBase64, 'base64'), maxBuffer: 64 << 20 });
  await session.setFile(marked, 'image/jpeg', 'IMG_12MP.jpg');
}
const fileBytes = await page.evaluate(() => globalThis.__photo.size);

const settle = (ms) => new Promise((r) => setTimeout(r, ms));
await settle(2000);
const before = browserPssMB(profileMark);

// As when the picker opens: the page script's reduction warmed, then the checker page opened.
const senderWarmed = args['cold-sender'] || args.whole ? false : await session.warmSender();
// Cold: open + the first check waits for the model.
const coldOpen = await open();
const first = await check();
const cold = { open: coldOpen, modelWait: first.answer.detail?.ms.model ?? NaN };
const backend = first.answer.detail?.backend;
await settle(1000);
const loaded = browserPssMB(profileMark);

const runs = [];
for (let i = 0; i < Number(args.runs); i++) runs.push(await check());
const totals = runs.map((r) => r.total);
const part = (name) => runs.map((r) => r.answer.detail?.ms[name] ?? 0);
const reducedPart = (name) => runs.map((r) => r.reduced?.ms[name] ?? 0);
const p50 = (xs) => round(quantile(xs, 0.5));
const p95 = (xs) => round(quantile(xs, 0.95));
/** Where a check's time went, in order: in the sender, in messaging (both ways), in the checker page. */
const steps = args.whole
  ? {
      'read the file (FileReader → data: URL)': runs.map((r) => r.read),
      'message (4.8 MB there, answer back)': runs.map((r) => r.total - r.read - Object.entries(r.answer.detail?.ms ?? {}).filter(([k]) => !k.startsWith('image.')).reduce((t, [, v]) => t + v, 0)),
      'checker: base64 → bytes': part('bytes'),
      'checker: decode': part('image.bitmap'),
      'checker: sample + resize': part('image.sample'),
      'checker: model': part('classify'),
    }
  : {
      'sender: read + decode': reducedPart('decode'),
      'sender: sample + resize': reducedPart('sample'),
      'sender: input → base64': reducedPart('encode'),
      'message (the input there, answer back)': runs.map((r) => r.total - r.read - Object.values(r.answer.detail?.ms ?? {}).reduce((t, v) => t + v, 0)),
      'checker: base64 → input': part('bytes'),
      'checker: model': part('classify'),
    };
const breakdown = Object.fromEntries(Object.entries(steps).map(([name, xs]) => [name, { p50: p50(xs), p95: p95(xs) }]));

let after = NaN;
let warm = null;
if (!args['skip-idle']) {
  await settle(IDLE_MS + 5000); // the checker page asks to be closed after a minute idle
  after = browserPssMB(profileMark);
  const warmOpen = await open();
  const again = await check();
  warm = { open: warmOpen, modelWait: again.answer.detail?.ms.model ?? NaN };
}

const result = {
  backend,
  fileBytes,
  verdict: first.answer.verdict,
  load: { cold: round(cold.open + cold.modelWait), coldParts: cold, warm: warm && round(warm.open + warm.modelWait), warmParts: warm },
  check12mp: {
    path: args.whole ? 'whole file to the checker page' : 'reduced in the sender',
    senderWarmed,
    runs: runs.length,
    p50: round(quantile(totals, 0.5)),
    p95: round(quantile(totals, 0.95)),
    readP50: round(quantile(runs.map((r) => r.read), 0.5)),
    decodeAndSampleP50: round(quantile(part('decode'), 0.5)),
    modelP50: round(quantile(part('classify'), 0.5)),
    bytesP50: round(quantile(part('bytes'), 0.5)),
    bitmapP50: round(quantile(part('image.bitmap'), 0.5)),
    sampleP50: round(quantile(part('image.sample'), 0.5)),
    viaImageDecoder: `${runs.filter((r) => r.reduced?.viaImageDecoder ?? r.answer.detail?.ms['image.viaImageDecoder'] === 1).length} of ${runs.length}`,
    viaPlanes: `${runs.filter((r) => r.reduced?.viaPlanes ?? r.answer.detail?.ms['image.viaPlanes'] === 1).length} of ${runs.length}`,
    viaSplit: `${runs.filter((r) => r.reduced?.viaSplit).length} of ${runs.length}`,
    breakdown,
    messagingP50: round(quantile(runs.map((r) => r.total - r.read - Object.entries(r.answer.detail?.ms ?? {}).filter(([k]) => !k.startsWith('image.')).reduce((t, [, v]) => t + v, 0)), 0.5)),
    decodeAndSampleP95: round(quantile(part('decode'), 0.95)),
    modelP95: round(quantile(part('classify'), 0.95)),
  },
  memoryMB: { before: round(before), loaded: round(loaded), added: round(loaded - before), afterIdleClose: round(after), leftAfterClose: round(after - before) },
};
console.log(JSON.stringify(result, null, 2));
// The file also keeps each check's total and steps, so rounds run apart can be pooled.
if (args.json) writeFileSync(args.json, JSON.stringify({ ...result, samples: { totals, steps } }, null, 2));
await session.close();
