#!/usr/bin/env node
/**
 * Prints the chat nudges' evaluation (issue 12): per personal-detail category and warning sign,
 * per language, found / missed / false alarms, and the false-alarm rates against the targets.
 *
 *   npm run chat-eval                      (development set, then the held-out set)
 *   npm run chat-eval -- --part dev        (only the development set: what to use while writing patterns)
 *   npm run chat-eval -- --part dev --misses   (also list every wrong answer, development set only)
 *
 * The held-out set (tests/chat-eval/heldout) is frozen: read its figures, never tune on its lines.
 */
import { join } from 'node:path';
import { createJiti } from 'jiti';

const root = join(import.meta.dirname, '..');
const jiti = createJiti(import.meta.url);
const { evaluate } = await jiti.import(join(root, 'tests/chat-eval/evaluate.ts'));
const { PERSONAL_CATEGORIES, SIGN_IDS, CHAT_LANGUAGES } = await jiti.import(join(root, 'chat/types.ts'));

const args = process.argv.slice(2);
const partArg = args.includes('--part') ? args[args.indexOf('--part') + 1] : 'all';
const parts = partArg === 'all' ? ['dev', 'heldout'] : [partArg];
const showMisses = args.includes('--misses');

const cell = (c) => (c.positives || c.false ? `${c.found}/${c.missed}/${c.false}` : '—');
const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
const sum = (results, pick) => results.reduce((acc, r) => {
  const v = pick(r);
  for (const k of Object.keys(v)) acc[k] = (acc[k] ?? 0) + v[k];
  return acc;
}, {});

function table(title, ids, results, key) {
  const header = ['', ...CHAT_LANGUAGES, 'all'];
  const rows = ids.map((id) => {
    const total = sum(results, (r) => r[key][id]);
    return [id, ...results.map((r) => cell(r[key][id])), cell(total)];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => String(row[i]).length)));
  const line = (row) => `  ${row.map((v, i) => String(v).padEnd(widths[i])).join('  ')}`;
  console.log(`\n${title}  (found/missed/false)`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

for (const part of parts) {
  const started = performance.now();
  const results = evaluate(part);
  const ms = performance.now() - started;
  console.log(`\n════ ${part === 'dev' ? 'development set' : 'HELD-OUT set'} ════`);
  table('Outgoing: personal details (kind personal-info)', PERSONAL_CATEGORIES, results, 'personal');
  table('Incoming: warning signs (kind warning-signs)', SIGN_IDS, results, 'signs');
  console.log('\nRates per language');
  for (const r of results) {
    console.log(
      `  ${r.language}: held ${r.heldPositives.held}/${r.heldPositives.total} (${pct(r.heldPositives.held, r.heldPositives.total)}) messages with a detail;` +
      ` false holds ${r.ordinaryOut.held}/${r.ordinaryOut.total} ordinary (${r.ordinaryOut.generated} generated);` +
      ` signs on ordinary ${r.ordinaryIn.flagged}/${r.ordinaryIn.total};` +
      ` conversations with a false note ${r.conversations.flagged}/${r.conversations.total}`,
    );
  }
  const held = sum(results, (r) => r.heldPositives);
  const out = sum(results, (r) => r.ordinaryOut);
  const conv = sum(results, (r) => r.conversations);
  const signCells = results.flatMap((r) => SIGN_IDS.map((id) => r.signs[id]));
  const signFound = signCells.reduce((a, c) => a + c.found, 0);
  const signPos = signCells.reduce((a, c) => a + c.positives, 0);
  console.log(`\nTargets (${part}):`);
  console.log(`  personal details found: ${held.held}/${held.total} = ${pct(held.held, held.total)}  (target ≥ 95%)`);
  console.log(`  false holds: ${out.held} in ${out.total} ordinary messages = ${((1000 * out.held) / out.total).toFixed(2)} per 1,000  (target ≤ 1)`);
  console.log(`  false notes: ${conv.flagged} in ${conv.total} ordinary conversations of ${results[0].conversations.length} messages = ${((500 * conv.flagged) / conv.total).toFixed(2)} per 500  (target ≤ 1)`);
  console.log(`  warning signs found: ${signFound}/${signPos} = ${pct(signFound, signPos)}  (no target; precision first)`);
  console.log(`  (${ms.toFixed(0)} ms for the whole ${part} set)`);
  if (showMisses && part === 'dev') {
    console.log('\nWrong answers (development set):');
    for (const r of results) for (const m of r.misses) console.log(`  ${m.where}  want [${m.expected}] got [${m.got}]  ${m.text}`);
  }
}
