#!/usr/bin/env node
/**
 * Ordinary photos of people through the extension's real photo check (issue 11): how many get
 * the firm reminder (target 0 of 30, at most 1), and the gentle photo reminder. The set and its
 * licence: tests/photo-check/ordinary-photos.mjs. Prints the highest Porn+Hentai and Sexy
 * scores seen, so the thresholds' margin is visible (model/photo-verdict.ts).
 *
 *   node scripts/photo-ordinary.mjs [--count 158] [--json out.json]    (needs a build: npx wxt build)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { count: { type: 'string', default: '1000' }, json: { type: 'string' } } });
const { ordinaryPhotos, SOURCE } = await import('../tests/photo-check/ordinary-photos.mjs');
const { checkerSession } = await import('./photo/session.mjs');

const photos = ordinaryPhotos().slice(0, Number(args.count));
const session = await checkerSession();
const rows = [];
try {
  await session.open();
  for (const photo of photos) {
    await session.setFile(readFileSync(photo.path), 'image/jpeg');
    const { answer } = await session.check();
    const s = answer.detail?.frames[0];
    rows.push({ id: photo.id, verdict: answer.verdict, explicit: s ? s.Porn + s.Hentai : null, sexy: s?.Sexy ?? null });
  }
} finally {
  await session.close();
}
const count = (v) => rows.filter((r) => r.verdict === v).length;
const top = (key) => rows.filter((r) => r[key] !== null).sort((a, b) => b[key] - a[key])[0];
const summary = {
  source: SOURCE,
  photos: rows.length,
  firm: count('firm'),
  photo: count('photo'),
  ordinary: count('ordinary'),
  unknown: count('unknown'),
  highestPornPlusHentai: top('explicit') && { id: top('explicit').id, score: top('explicit').explicit },
  highestSexy: top('sexy') && { id: top('sexy').id, score: top('sexy').sexy },
};
console.log(JSON.stringify(summary, null, 2));
for (const r of rows.filter((r) => r.verdict !== 'ordinary')) console.log(`  ${r.verdict}: ${r.id} (Porn+Hentai ${r.explicit?.toFixed(3)}, Sexy ${r.sexy?.toFixed(3)})`);
if (args.json) writeFileSync(args.json, JSON.stringify({ summary, rows }, null, 2));
process.exit(rows.length >= 30 && summary.firm <= 1 ? 0 : 1);
