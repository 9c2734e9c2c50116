#!/usr/bin/env node
/**
 * Pipeline parity (issue 11): the same pictures must get the same class scores, within 0.01,
 * from the extension's photo check (real Chromium, the built extension, its checker page) as
 * from nsfwjs's own reference pipeline in Node: the JPEG decoded by jpeg-js, then nsfwjs's
 * `classify` on the whole picture (its resizeBilinear with aligned corners, its /255), on
 * TensorFlow.js's CPU backend (tfjs-node would download a native binary). This proves the
 * extension's resizing, colour order and normalisation. Pictures: the ordinary-photo set's
 * first portraits (tests/photo-check/ordinary-photos.mjs), as they are installed.
 *
 *   node scripts/photo-parity.mjs [--count 12] [--json out.json]    (needs a build: npx wxt build)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createJiti } from 'jiti';
import jpeg from 'jpeg-js';
import * as tf from '@tensorflow/tfjs';
import { load } from 'nsfwjs/core';

const root = join(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { count: { type: 'string', default: '12' }, json: { type: 'string' } } });
const TOLERANCE = 0.01;
const CLASSES = ['Drawing', 'Hentai', 'Neutral', 'Porn', 'Sexy'];

const jiti = createJiti(import.meta.url);
const { nsfwModelFiles } = await jiti.import(join(root, 'build/photo-check-assets.ts'));
const { ordinaryPhotos } = await import('../tests/photo-check/ordinary-photos.mjs');
const { checkerSession } = await import('./photo/session.mjs');

/** nsfwjs's own pipeline, in Node, on the same model files the extension ships. */
async function referenceModel() {
  await tf.setBackend('cpu');
  const { json, weights } = nsfwModelFiles();
  const model = JSON.parse(json);
  const handler = tf.io.fromMemory({
    modelTopology: model.modelTopology,
    weightSpecs: model.weightsManifest.flatMap((group) => group.weights),
    weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
  });
  return load(handler, { size: 224 });
}

function decodeJpeg(bytes) {
  const { width, height, data } = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: false, maxMemoryUsageInMB: 1024 });
  return tf.tensor3d(data, [height, width, 3], 'int32');
}

const all = ordinaryPhotos();
const step = Math.max(1, Math.floor(all.length / Number(args.count)));
const photos = all.filter((_, i) => i % step === 0).slice(0, Number(args.count)); // spread over the whole set
const net = await referenceModel();
const reference = [];
for (const photo of photos) {
  const image = decodeJpeg(readFileSync(photo.path));
  const top = await net.classify(image, 5);
  image.dispose();
  reference.push(Object.fromEntries(top.map((c) => [c.className, c.probability])));
}

const session = await checkerSession();
const rows = [];
try {
  await session.open();
  for (const [i, photo] of photos.entries()) {
    await session.setFile(readFileSync(photo.path), 'image/jpeg');
    const { answer, reduced } = await session.check();
    const extension = answer.detail?.frames[0];
    if (!extension) throw new Error(`${photo.id}: no scores (verdict ${answer.verdict})`);
    const diff = Math.max(...CLASSES.map((c) => Math.abs(extension[c] - reference[i][c])));
    rows.push({ id: photo.id, diff, backend: answer.detail.backend, viaImageDecoder: reduced.viaImageDecoder, viaPlanes: reduced.viaPlanes, reference: reference[i], extension });
  }
} finally {
  await session.close();
}

const maxDiff = Math.max(...rows.map((r) => r.diff));
for (const r of rows) {
  console.log(`${r.id.padEnd(28)} max |Δ| ${r.diff.toFixed(5)}  Neutral ${r.reference.Neutral.toFixed(4)} / ${r.extension.Neutral.toFixed(4)}  Porn ${r.reference.Porn.toFixed(4)} / ${r.extension.Porn.toFixed(4)}`);
}
console.log(`\n${rows.length} pictures (${rows.filter((r) => r.viaImageDecoder).length} decoded by ImageDecoder, ${rows.filter((r) => r.viaPlanes).length} converted from its YUV planes), backend ${rows[0]?.backend}: largest difference in any class ${maxDiff.toFixed(5)} (tolerance ${TOLERANCE})`);
if (args.json) writeFileSync(args.json, JSON.stringify({ maxDiff, rows }, null, 2));
process.exit(rows.length >= 10 && maxDiff <= TOLERANCE ? 0 : 1);
