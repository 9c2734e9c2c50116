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

/**
 * main at 4f3de14, before the recall fixes (a site rule's own attribute makes a role-less element a control;
 * new site labels): the "after" columns of the table at that commit, [held, positives, nudged, look-alikes].
 */
const AT_4F3DE14 = {
  bluesky: [[7, 9, 0, 16], [2, 4, 0, 10]],
  discord: [[7, 8, 0, 11], [3, 4, 0, 3]],
  facebook: [[30, 31, 0, 27], [14, 15, 0, 6]],
  instagram: [[13, 17, 0, 28], [6, 10, 0, 12]],
  linkedin: [[15, 17, 0, 15], [4, 6, 0, 8]],
  pinterest: [[6, 7, 0, 3], [2, 3, 0, 0]],
  reddit: [[1, 1, 0, 8], [0, 0, 0, 4]],
  roblox: [[6, 6, 0, 12], [0, 0, 0, 5]],
  snapchat: [[0, 0, 0, 8], [0, 0, 0, 6]],
  steam: [[4, 5, 0, 13], [0, 1, 0, 1]],
  telegram: [[0, 0, 0, 2], [0, 0, 0, 0]],
  threads: [[3, 3, 0, 6], [0, 0, 0, 0]],
  tiktok: [[6, 8, 0, 9], [1, 3, 0, 3]],
  tumblr: [[3, 3, 0, 3], [0, 0, 0, 0]],
  twitch: [[5, 6, 0, 11], [3, 4, 0, 6]],
  vk: [[5, 5, 0, 15], [0, 0, 0, 7]],
  whatsapp: [[0, 0, 0, 8], [0, 0, 0, 3]],
  x: [[7, 7, 0, 9], [5, 5, 0, 2]],
};

/** Per kind of fixture at 4f3de14 (93 files), from tests/unit/classify-fixtures.test.ts at that commit. */
const KINDS_AT_4F3DE14 = {
  'saved page': [3, 3, 0, 7],
  'partly reconstructed': [6, 6, 0, 16],
  'rebuilt from selectors': [101, 116, 0, 173],
  'labelled variant': [8, 8, 0, 8],
};

const KINDS = ['saved page', 'partly reconstructed', 'rebuilt from selectors'];
const kindOf = (file, html) =>
  file.includes('.variant-') ? 'labelled variant' : KINDS.find((kind) => new RegExp(`^\\s*basis:\\s*${kind}`, 'm').test(html)) ?? 'unknown';

const count = (html, re) => (html.match(re) ?? []).length;

function tally(dir, heldOutOnly, kind = null) {
  const t = [0, 0, 0, 0, 0];
  if (!existsSync(dir)) return t;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.html'))) {
    const html = readFileSync(join(dir, file), 'utf8');
    if (heldOutOnly && !/^\s*use:\s*test only\b/m.test(/<!--([\s\S]*?)-->/.exec(html)?.[1] ?? '')) continue;
    if (kind && kindOf(file, /<!--([\s\S]*?)-->/.exec(html)?.[1] ?? '') !== kind) continue;
    const positives = count(html, /data-sn-expect="friend-request"/g);
    const misses = count(html, /data-sn-expect="friend-request"[^>]*data-sn-known-miss=/g);
    t[0] += positives - misses;
    t[1] += positives;
    t[3] += count(html, /data-sn-expect="none"/g);
    t[4] += 1;
  }
  return t;
}

/**
 * tests/unit/metamorphic.test.ts (held or ignored / variants, bare = no CSS, styled = the marked controls given
 * cursor: pointer), on the same corpus with the engine and rules of 4f3de14 and of now. Not recomputed here (the
 * test prints it); update when the rules change.
 */
const METAMORPHIC = [
  '**Metamorphic variants** (`tests/unit/metamorphic.test.ts`; connect controls held, bare · styled, on the same 96 files at 4f3de14\'s engine and rules and now; look-alikes ignored in every kind, bare and styled, before and after, counted now on all 98 files):',
  '',
  '| Variant kind | Held, 4f3de14 (bare · styled) | Held, now (bare · styled) | Look-alikes ignored, now |',
  '| --- | --- | --- | --- |',
  '| role removed | 16/24 · 22/24 | 18/24 · 24/24 | 40/40 |',
  '| wrappers | 119/140 · 125/140 | 131/140 · 135/140 | 215/215 |',
  '| classes renamed | 28/44 · 30/44 | 33/44 · 36/44 | 78/78 |',
  '| label to aria-label | 69/102 · 95/102 | 75/102 · 102/102 | 120/120 |',
  '| spans split | 13/19 · 14/19 | 18/19 · 19/19 | 21/21 |',
].join('\n');

/** Site labels per language: what was checked, and where no public source was found (never invented). */
const LABEL_SOURCES = [
  '**Site labels in every language, and what has no source.** Site rules name their own words; the generic list (end of this page) covers "Follow", "Add friend", "Connect" and their translations in 17 languages. Checked for the UI languages (en, es, fr, de, pl):',
  '',
  '- Facebook: "Confirm" (requests pages) in 17 languages; "Confirm request" (a sender\'s profile) in English only: no public source shows it in Spanish, French, German or Polish, so it is not guessed.',
  '- LinkedIn: "Connect" (en), "Conectar" (es/pt), "Se connecter" and "Invitez … à rejoindre votre réseau" (fr), "Vernetzen" (de) and "Nawiąż kontakt" (pl) are held; "Se connecter" only on profile, search and My Network pages, since in French it also means "sign in". No public source was found for the German or Polish "More" menu item or for the German/Polish invite aria-labels.',
  '- Discord and Roblox "Accept" and LinkedIn invitation "Accept" use the shared accept words (20 languages, content/labels/site-words.ts); Twitch, Bluesky, Steam, TikTok and Pinterest rules name attributes, which do not change with the language.',
  '- VK\'s rule names an address (`act=accept`), which does not change with the language. Not audited in this change: Roblox "Add connection"/"Add" and Reddit "Friends" are English only; their translations have no cited source yet, so those interfaces rely on the generic labels.',
].join('\n');

const pct = (n, d) => (d ? ` (${Math.round((100 * n) / d)} %)` : '');
const held = (t) => `${t[0]}/${t[1]}${pct(t[0], t[1])}`;
const nudged = (t) => `${t[2]}/${t[3]}`;
const sub = (a, b) => a.map((v, i) => v - (b[i] ?? 0));

export function heldOutSection(fixturesDir, siteIds) {
  const rows = [];
  const zero = () => [0, 0, 0, 0, 0];
  const sum = { beforeAll: zero(), midAll: zero(), afterAll: zero(), beforeHeld: zero(), midHeld: zero(), afterHeld: zero() };
  for (const id of siteIds) {
    const [beforeAll, beforeHeld] = BEFORE[id] ?? [[0, 0, 0, 0], [0, 0, 0, 0]];
    const [midAll, midHeld] = AT_4F3DE14[id] ?? [[0, 0, 0, 0], [0, 0, 0, 0]];
    const afterAll = tally(join(fixturesDir, id), false);
    const afterHeld = tally(join(fixturesDir, id), true);
    const columns = { beforeAll, midAll, afterAll, beforeHeld, midHeld, afterHeld };
    for (const [key, value] of Object.entries(columns)) sum[key] = sum[key].map((v, i) => v + (value[i] ?? 0));
    const cells = Object.values(columns).map((t) => `${held(t)} · ${nudged(t)}`);
    rows.push(`| \`${id}\` | ${cells.join(' | ')} |`);
  }
  const kindRows = [...KINDS, 'labelled variant'].map((kind) => {
    const now = siteIds.map((id) => tally(join(fixturesDir, id), false, kind)).reduce((a, b) => a.map((v, i) => v + b[i]));
    const then = KINDS_AT_4F3DE14[kind];
    return `| ${kind} | ${held(then)} · ${nudged(then)} | ${held(now)} · ${nudged(now)} | ${now[4]} |`;
  });
  return [
    '## Generalisation: held-out fixtures, per site',
    '',
    'Held-out fixtures (`use: test only`) come from public sources never used to write a rule. Each cell is **held / connect controls** · **look-alikes nudged / look-alikes**. Three points in time: main at 7b4263c (before the held-out fixtures from new sources), main at 4f3de14 (those fixtures added, rules unchanged), and now (after fixing causes of the misses they showed). A held-out control that is not held carries `data-sn-known-miss` with its cause (listed in the fixture, printed by `tests/unit/classify-fixtures.test.ts`, and asserted to be still missed).',
    '',
    'The fixes since 4f3de14, by cause, each rule written from a public source other than the held-out fixture it fixed (cited in the rule): **a site rule that names the control by an attribute of its own makes a role-less element a control** (content/classify/connect.ts: the Bluesky testID followBtn ×2, Twitch `data-test-selector="follow-button"`, Steam `#btn_add_friend`, LinkedIn\'s "More" menu items `.artdeco-dropdown__item`); **site labels missing a phrasing or a language**: Facebook "Confirm request" on a sender\'s profile, LinkedIn French "Se connecter", "Invitez … à rejoindre votre réseau", "Envoyer sans note". Rule-source fixtures for the new rules were added beside them (3 files), and two held-out Threads fixtures from new sources (look-alikes only: both sources unfollow), so "now" counts 5 more files than 4f3de14.',
    '',
    '| Site | All, 7b4263c | All, 4f3de14 | All, now | Held-out, 7b4263c | Held-out, 4f3de14 | Held-out, now |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    `| **all** | ${Object.values(sum).map((t) => `${held(t)} · ${nudged(t)}`).join(' | ')} |`,
    '',
    `Files: ${sum.afterAll[4]} fixtures, ${sum.afterHeld[4]} of them held out.`,
    '',
    '**Per kind of fixture** (all fixtures):',
    '',
    '| Kind | 4f3de14 | Now | Files now |',
    '| --- | --- | --- | --: |',
    ...kindRows,
    '',
    METAMORPHIC,
    '',
    LABEL_SOURCES,
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
