/**
 * "Generalisation, measured honestly" (issue 10 §2): held / look-alikes nudged per site, on every
 * fixture and on the held-out ones ("use: test only"), before and after the held-out fixtures
 * added from new public sources.
 *
 * "After" is counted from the fixture files: a positive is held unless it carries
 * data-sn-known-miss, and no look-alike is nudged. That is exactly what
 * tests/unit/classify-fixtures.test.ts asserts (every other positive held, every known miss still
 * missed, every look-alike ignored), so the page cannot claim more than the classifier does.
 * "Before" is the corpus on main at 7b4263c (59 files), measured with that test; those files are
 * unchanged, so "new held-out" is the difference.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** main at 7b4263c: [held, positives, nudged, look-alikes] on all fixtures, then on the held-out ones. */
const BEFORE = {
  bluesky: [[5, 5, 0, 6], [0, 0, 0, 0]],
  discord: [[4, 4, 0, 8], [0, 0, 0, 0]],
  facebook: [[18, 18, 0, 21], [2, 2, 0, 0]],
  instagram: [[8, 8, 0, 16], [1, 1, 0, 0]],
  linkedin: [[11, 11, 0, 7], [0, 0, 0, 0]],
  pinterest: [[4, 4, 0, 3], [0, 0, 0, 0]],
  reddit: [[1, 1, 0, 4], [0, 0, 0, 0]],
  roblox: [[6, 6, 0, 7], [0, 0, 0, 0]],
  snapchat: [[0, 0, 0, 2], [0, 0, 0, 0]],
  steam: [[4, 4, 0, 12], [0, 0, 0, 0]],
  telegram: [[0, 0, 0, 2], [0, 0, 0, 0]],
  threads: [[3, 3, 0, 6], [0, 0, 0, 0]],
  tiktok: [[6, 6, 0, 7], [1, 1, 0, 1]],
  tumblr: [[3, 3, 0, 3], [0, 0, 0, 0]],
  twitch: [[3, 3, 0, 7], [1, 1, 0, 2]],
  vk: [[5, 5, 0, 8], [0, 0, 0, 0]],
  whatsapp: [[0, 0, 0, 5], [0, 0, 0, 0]],
  x: [[4, 4, 0, 8], [2, 2, 0, 1]],
};

const count = (html, re) => (html.match(re) ?? []).length;

function tally(dir, heldOutOnly) {
  const t = [0, 0, 0, 0, 0];
  if (!existsSync(dir)) return t;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.html'))) {
    const html = readFileSync(join(dir, file), 'utf8');
    if (heldOutOnly && !/^\s*use:\s*test only\b/m.test(/<!--([\s\S]*?)-->/.exec(html)?.[1] ?? '')) continue;
    const positives = count(html, /data-sn-expect="friend-request"/g);
    const misses = count(html, /data-sn-expect="friend-request"[^>]*data-sn-known-miss=/g);
    t[0] += positives - misses;
    t[1] += positives;
    t[3] += count(html, /data-sn-expect="none"/g);
    t[4] += 1;
  }
  return t;
}

const pct = (n, d) => (d ? ` (${Math.round((100 * n) / d)} %)` : '');
const held = (t) => `${t[0]}/${t[1]}${pct(t[0], t[1])}`;
const nudged = (t) => `${t[2]}/${t[3]}`;
const sub = (a, b) => a.map((v, i) => v - (b[i] ?? 0));

export function heldOutSection(fixturesDir, siteIds) {
  const rows = [];
  const sum = { beforeAll: [0, 0, 0, 0], afterAll: [0, 0, 0, 0, 0], beforeHeld: [0, 0, 0, 0], afterHeld: [0, 0, 0, 0, 0] };
  for (const id of siteIds) {
    const [beforeAll, beforeHeld] = BEFORE[id] ?? [[0, 0, 0, 0], [0, 0, 0, 0]];
    const afterAll = tally(join(fixturesDir, id), false);
    const afterHeld = tally(join(fixturesDir, id), true);
    const added = sub(afterHeld, beforeHeld);
    for (const [key, value] of [['beforeAll', beforeAll], ['afterAll', afterAll], ['beforeHeld', beforeHeld], ['afterHeld', afterHeld]]) {
      sum[key] = sum[key].map((v, i) => v + (value[i] ?? 0));
    }
    rows.push(`| \`${id}\` | ${held(beforeAll)} · ${nudged(beforeAll)} | ${held(afterAll)} · ${nudged(afterAll)} | ${held(beforeHeld)} · ${nudged(beforeHeld)} | ${held(added)} · ${nudged(added)} | ${held(afterHeld)} · ${nudged(afterHeld)} |`);
  }
  const addedSum = sub(sum.afterHeld, sum.beforeHeld);
  return [
    '## Generalisation: held-out fixtures, per site',
    '',
    'Held-out fixtures (`use: test only`) come from public sources never used to write a rule; the rules were not changed to make them pass. Each cell is **held / connect controls** · **look-alikes nudged / look-alikes**. "Before" is main at 7b4263c; "new held-out" is what the fixtures added from new sources measure on their own. A held-out control that is not held carries `data-sn-known-miss` with its cause (listed in the fixture, printed by `tests/unit/classify-fixtures.test.ts`, and asserted to be still missed).',
    '',
    '| Site | All fixtures, before | All fixtures, after | Held-out, before | New held-out | Held-out, after |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    `| **all** | ${held(sum.beforeAll)} · ${nudged(sum.beforeAll)} | ${held(sum.afterAll)} · ${nudged(sum.afterAll)} | ${held(sum.beforeHeld)} · ${nudged(sum.beforeHeld)} | ${held(addedSum)} · ${nudged(addedSum)} | ${held(sum.afterHeld)} · ${nudged(sum.afterHeld)} |`,
    '',
    `Files: ${sum.afterAll[4]} fixtures, ${sum.afterHeld[4]} of them held out.`,
    '',
    '**Held-out controls not held, and why** (one line per control):',
    '',
    ...knownMisses(fixturesDir, siteIds).map(([where, why]) => `- \`${where}\`: ${why}`),
    '',
  ];
}

function knownMisses(fixturesDir, siteIds) {
  const found = [];
  for (const id of siteIds) {
    const dir = join(fixturesDir, id);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.html')).sort()) {
      const html = readFileSync(join(dir, file), 'utf8');
      for (const match of html.matchAll(/data-sn-known-miss="([^"]*)"/g)) {
        found.push([`${id}/${file}`, match[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&')]);
      }
    }
  }
  return found;
}
