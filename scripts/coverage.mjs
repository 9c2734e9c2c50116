#!/usr/bin/env node
/**
 * Writes docs/coverage.md — what Safe Nudge catches on each site and what it can't — from the
 * site rules (content/sites/*.ts), the generic labels (content/labels/connect.ts) and the
 * committed fixtures (tests/fixtures/sites), so the page cannot drift from the code; and the
 * help shown in each region (guidance/contacts.json through guidance/help.ts and child-help.ts).
 *
 *   node scripts/coverage.mjs           (write docs/coverage.md; npm run coverage)
 *   node scripts/coverage.mjs --check   (fail if docs/coverage.md is not what the rules say;
 *                                        tests/unit/coverage-doc.test.ts runs this in npm test)
 *
 * The rules are TypeScript; they are loaded with jiti, which WXT itself uses to load
 * wxt.config.ts (a dependency of wxt, so nothing extra to install).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createJiti } from 'jiti';
import { chatSection } from './chat/coverage-section.mjs';
import { heldOutSection } from './coverage/held-out-section.mjs';

const root = join(import.meta.dirname, '..');
const OUT = join(root, 'docs', 'coverage.md');
const FIXTURES = join(root, 'tests', 'fixtures', 'sites');

/**
 * What no rule can say about itself: limits of a browser extension on that service. Keep
 * each to one line with the reason; a limit a rule can express belongs in the rule.
 */
const SITE_LIMITS = {
  snapchat: [
    'Snapchat web\'s camera: snaps taken with the in-page camera are not files, so they are not held (only chosen, dropped or pasted files are).',
    'Most Snapchat use is in the phone app, which no browser extension can reach.',
  ],
  instagram: ['Posting from the phone app (where most Instagram posting happens) is out of reach.'],
  tiktok: ['Uploads from the phone app are out of reach; tiktok.com/upload in the browser is held as a file choice.'],
  whatsapp: ['Messages and photos sent from the phone are out of reach; WhatsApp Web in this browser only.'],
  telegram: ['Only Telegram Web in the browser (web.telegram.org); the desktop and phone apps are out of reach.'],
  discord: ['The Discord desktop app is out of reach; only discord.com in the browser.'],
  roblox: ['Friend requests made inside a game (the Roblox player) are out of reach; only the website.'],
  messenger: ['Messenger\'s own apps are out of reach; only www.messenger.com in the browser.'],
};

/** Limits that hold on every site. */
const EVERYWHERE = [
  'Phone and tablet apps, other browsers, and other computers: Safe Nudge only runs in the browser it is installed in.',
  'A child who can remove or turn off extensions can remove Safe Nudge (browser policies can prevent that: docs/policy.md).',
  'Controls inside **closed** shadow roots: the click path stops at the host, so the control cannot be read.',
  'Connect controls whose label is only an icon with no accessible name, and whose site has no rule for it.',
  'Requests sent by the site on its own (suggested-friend bulk adds, imports of phone contacts).',
  'Photos and videos taken with an in-page camera (getUserMedia) rather than chosen as files.',
  'Links and text: messages, comments and shared links are never read or held.',
  'A delivered action is a copy made by script (no extension can make a "trusted" one): a site that ignores script-made clicks or drops would ignore "continue". None of the fixture sites does.',
  'A site that re-renders the held control while the reminder is up (a feed refreshing): "continue" goes to the same control drawn again (same words, same person, same text around it, and the only one like it; `content/reminder/refind.ts`, e2e `tests/e2e/rerender.e2e.ts`). If there is none, or two alike, or it sits in a shadow root, nothing is sent, the choice counts as "not now" and a short note tells the child nothing happened. A page that moved to another address meanwhile gets nothing, and the choice counts as "not now".',
  'Sites that act on the press (`pointerdown`/`mousedown`) or on `keyup` rather than the click: the press reaches the site before Safe Nudge can ask, so the action may happen at once and again after "continue". Holding the whole gesture is not done yet.',
  'A photo pasted into a plain editable box that the site does not handle itself: after "continue" the site gets the paste event, but the browser does not insert the picture on its own.',
  'A file input the page creates without attaching it and watches with its own capture listener set up before opening the picker: that listener sees the `input` event twice (the `change` event once).',
  'A control with no role, no aria-label, no tabindex, no onclick attribute and no cursor: pointer (plain text with only a script handler) is not recognised: nothing the browser knows says it is a control. Unless its site\'s rule names it by an attribute of its own (Bluesky\'s data-testid="followBtn", Twitch\'s data-test-selector="follow-button", Steam\'s #btn_add_friend, LinkedIn\'s menu items): the site\'s own code marks that element as the control.',
  'Site rules that match a class name (Discord 2018, LinkedIn invitation cards, old Reddit, Roblox search results) stop matching when the site renames its classes; the generic labels still apply (tests/unit/metamorphic.test.ts: 22 of 28 such positives kept).',
  '"Follow" on a page, brand, topic or hashtag is held like following a person, by decision: the same button follows people and pages on these sites, anyone can run a page and write to its followers, and nothing in the markup tells them apart. Labels that name something other than a person ("Follow us", "Follow this page", "Follow topic") are not held.',
  'Firefox: a file input inside a shadow root that gets files without the child clicking it, focusing it, dropping on it or opening it through a button is not held. Only automation does that (Firefox\'s WebDriver sets files with a non-composed `input` event, so neither event leaves the shadow root); a picker the child opens is held, as in Chromium.',
  'Firefox: a photo dropped from the desktop goes through the same code as in Chromium (and after "continue" the page sees its files: Firefox shows a page only the files its own principal added, so Safe Nudge adds them as the page), but no automated test drops in Firefox: its WebDriver ends a drag without a drop. Chromium\'s drop tests cover it.',
];

/**
 * The on-device photo check (photo-check/, issue 11): what it finds and what is not known.
 * Its figures come from docs/performance.md (measured) and the model's publishers (not
 * measured here).
 */
const PHOTO_CHECK = [
  '## The photo check: firmer words when a picture may show private parts',
  '',
  'Every photo or video shared on the sites below is checked on this computer (nsfwjs 4.4.0, MobileNetV2, inside the extension) while the reminder is on screen. When the model scores Porn + Hentai at 0.5 or more, the reminder switches to firmer words; with "only when a photo may show nudity", ordinary photos go through with no pause.',
  '',
  '- **Ordinary photos (false alarms), measured here:** 0 of 158 portraits of adults got the firm words (docs/performance.md, `node scripts/photo-ordinary.mjs`). Sport, swimming and baby photos, the likeliest false alarms, are not in that set: no openly licensed set of them could be installed here.',
  '- **Nude pictures (recall), not measured here:** the only figure is the model\'s published one, about 90 % accuracy over its five classes for this small model (nsfwjs README; GantMan/nsfw_model). It is not measured here because that would need a set of nude pictures, and this project keeps none (its repository may never hold one), and because no published figure is for pictures of children, which is what matters here. Treat the firm words as a bonus: every photo still gets a reminder in the default mode.',
  '- **Proven end to end:** in real Chromium (`tests/e2e/photo-check.e2e.ts`: the checker in an offscreen document, with a stand-in model that answers chosen scores through the real message path, and with the real model on ordinary photos) and in real Firefox (`tests/e2e/firefox/photo.firefox.e2e.ts`: the checker in an iframe of the background page, with the stand-in model only): the reminder is up before the check answers; over the threshold it turns firm ("Get help" first, "Not now" focused); "only when a photo may show nudity" delivers an ordinary photo once with no reminder and holds a firm one. In Firefox a 4000×3000 photo is also checked within the 2 s time-out and let through (before 2026-12-03 its reduction took 19.5 s there, so every large photo got the ordinary reminder instead; docs/performance.md, "Fourth speed work"). The real model runs end to end in Firefox only in a bench, not in a test yet: `scripts/photo-gate-bench-firefox.mjs`, the product build, a 12-MP ordinary photo delivered untouched with no reminder in 21 of 21 choices on one test machine (2026-12-03). On another (2026-12-03, an Intel Xeon VM) Firefox ESR 140.12 ran the model 4.3 s a check (TF.js\'s WebAssembly, 8.5–9.5 s a run in a plain page without WebDriver too, against 57–137 ms in Chromium on the same machine; cause not known), so every photo there waited the 2 s and got the ordinary reminder: nothing slipped through, nothing went straight through.',
  '- **Not checked** (the ordinary reminder instead): pictures the browser cannot decode (HEIC on most computers, RAW, corrupt files), files over 24 MB, more than 10 files at once; videos are judged on three frames (first, middle, last).',
];

const jiti = createJiti(import.meta.url);
const { SITE_RULES } = await jiti.import(join(root, 'content/sites/index.ts'));
const { SITE_NAMES } = await jiti.import(join(root, 'vocabulary/sites.ts'));
const nameOf = (rule) => SITE_NAMES[rule.id];
const { CONNECT_LABELS } = await jiti.import(join(root, 'content/labels/connect.ts'));
const CHAT = await chatSection(jiti, root);
const { REGIONS, REGION_CODES } = await jiti.import(join(root, 'guidance/contacts.ts'));
const { childHelp } = await jiti.import(join(root, 'guidance/child-help.ts'));
const { groupedContacts, CATEGORY_HEADING } = await jiti.import(join(root, 'guidance/help.ts'));
const { EU_MEMBERS } = await jiti.import(join(root, 'guidance/places.ts'));
const ENGLISH = JSON.parse(readFileSync(join(root, 'public/_locales/en_GB/messages.json'), 'utf8'));

/** An English message with Chrome's placeholders filled, for the help section. */
function say(key, substitutions = []) {
  const entry = ENGLISH[key];
  if (!entry) return key;
  const subs = Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (_, name) => Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1].content ?? '')
    .replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '');
}

/**
 * "Get help now" and the child's help card, region by region, from contacts.json (via the same
 * code the popup and the background use), so the README's promises can be checked here.
 */
function helpSection() {
  const own = ['GB', 'IE', 'US', 'CA', 'AU', 'NZ', 'DE', 'FR', 'ES', 'PL', 'IT', 'NL'];
  const lines = [
    '## Help shown, by region',
    '',
    'The region decides the contacts in the popup\'s "Get help now" and the numbers on the child\'s "Get help" card.',
    'It is set by a family\'s policy, chosen by a parent (the welcome page asks to confirm it), or guessed from this',
    'computer\'s languages and time zone: a region only when they agree, or when the time zone alone points at one;',
    `otherwise "${say('region_INTL')}" (guidance/region-guess.ts). "${say('region_EU')}" is for the EU members without a region of their own`,
    `(${EU_MEMBERS.filter((code) => !own.includes(code)).join(', ')}). Only contacts marked verified in contacts.json reach the child's card;`,
    'partly-verified ones are shown to parents with "Only partly checked".',
    '',
    `Every child's card says "${say('helpTalk')}" and "${say('helpNeverLate')}"; then:`,
    '',
    '| Region | Popup: first number | Popup groups (contacts) | Child\'s card: a line to call | Child\'s card: in danger | Partly checked |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const code of REGION_CODES) {
    const groups = groupedContacts(code);
    const first = groups[0]?.contacts.find((c) => c.phone)?.phone ?? 'none: "call your country\'s emergency number" (112 in the EU)';
    const card = childHelp(code, say);
    const partly = REGIONS[code].contacts.filter((c) => c.status === 'partly-verified').map((c) => c.name);
    lines.push(`| ${say(`region_${code}`)} (\`${code}\`) | ${cell(first)} | ${groups.map((g) => `${say(CATEGORY_HEADING[g.category])} (${g.contacts.length})`).join(', ')} | ${card.helpline ? cell(`${card.helpline.name}: ${card.helpline.phone}`) : 'none verified: only "talk to a grown-up you trust"'} | ${cell(card.dangerPhone ? say('helpDanger', card.dangerPhone) : say('helpDangerAnywhere'))} | ${partly.length ? cell(partly.join('; ')) : '—'} |`);
  }
  lines.push('', `Contacts checked: ${cell(JSON.parse(readFileSync(join(root, 'guidance/contacts.json'), 'utf8')).checked)}.`, '');
  return lines;
}

function header(html) {
  const comment = /<!--([\s\S]*?)-->/.exec(html)?.[1] ?? '';
  const fields = {};
  for (const line of comment.split('\n')) {
    const match = /^\s*([a-z]+):\s*(.+)$/.exec(line);
    if (match && !(match[1] in fields)) fields[match[1]] = match[2].trim();
  }
  return fields;
}

function fixturesOf(id) {
  const dir = join(FIXTURES, id);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(dir, file), 'utf8');
      const count = (re) => (html.match(re) ?? []).length;
      return {
        file,
        year: /^(\d{4})/.exec(file)?.[1] ?? '?',
        positives: count(/data-sn-expect="friend-request"/g),
        lookalikes: count(/data-sn-expect="none"/g),
        uploads: count(/\bdata-sn-upload\b/g),
        source: header(html).source ?? '',
      };
    });
}

const code = (text) => `\`${String(text).replace(/`/g, "'")}\``;
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function describeControl(control, rule) {
  const parts = [];
  if (control.labels?.length) parts.push(`labels ${control.labels.map((l) => `"${l}"`).join(', ')}`);
  if (control.pattern) parts.push(`label pattern ${code(control.pattern)}`);
  if (control.attr) parts.push(`${code(control.attr.name)} matching ${code(control.attr.pattern)}`);
  if (control.within) parts.push(`inside ${code(control.within)}`);
  if (control.on?.length) parts.push(`only on ${control.on.map((page) => pageName(rule, page)).join(', ')}`);
  return parts.join('; ');
}

function pageName(rule, page) {
  const example = rule.pages?.[page]?.examples?.[0];
  return example ? `${page} (${example})` : page;
}

function siteSection(rule) {
  const fixtures = fixturesOf(rule.id);
  const sum = (key) => fixtures.reduce((total, f) => total + f[key], 0);
  const years = [...new Set(fixtures.map((f) => f.year))].sort();
  const lines = [`## ${nameOf(rule)} (\`${rule.id}\`)`, ''];
  lines.push(`**Hosts:** ${rule.hosts.map(code).join(', ')}`, '');
  if (rule.pages && Object.keys(rule.pages).length) {
    lines.push(`**Page types:** ${Object.entries(rule.pages).map(([name, page]) => `${name} (${(page.examples ?? []).map(code).join(', ')})`).join('; ')}`, '');
  }
  lines.push('**Caught (connecting with a person):**', '');
  if (rule.connect?.length) {
    for (const control of rule.connect) lines.push(`- ${describeControl(control, rule)} — _${cell(control.source)}_`);
  } else {
    lines.push('- No control of its own: the sources show nothing the generic labels do not already catch.');
  }
  lines.push('- Plus the generic multilingual labels ("Follow", "Add friend", … — see the end of this page).', '');
  lines.push('**Look-alikes ignored here:**', '');
  if (rule.ignore?.length) {
    for (const control of rule.ignore) lines.push(`- ${describeControl(control, rule)} — _${cell(control.source)}_`);
  } else {
    lines.push('- Only the generic look-alike handling (whole labels only: "Following", "Unfollow", "Requested" never match).');
  }
  lines.push('');
  lines.push('**Photo and video sharing:** held (files chosen in any file input, dropped or pasted, when they include an image or video).', '');
  lines.push(
    `**Fixtures:** ${fixtures.length} file(s)${years.length ? ` from ${years.join(', ')}` : ''}; ` +
      `${sum('positives')} connect control(s) that must be held, ${sum('lookalikes')} look-alike(s) that must not, ` +
      `${sum('uploads')} upload control(s).`,
    '',
  );
  if (fixtures.length) {
    lines.push('| Fixture | Held | Look-alikes | Uploads | Source |', '| --- | --: | --: | --: | --- |');
    for (const f of fixtures) lines.push(`| ${code(f.file)} | ${f.positives} | ${f.lookalikes} | ${f.uploads} | ${cell(f.source)} |`);
    lines.push('');
  }
  const gaps = [];
  if (!rule.connect?.length) gaps.push('Site-specific connect controls: none, so only the generic labels apply (an unusual label here is missed).');
  if (!fixtures.length) gaps.push('No committed fixture: nothing here is checked against real markup yet.');
  for (const line of rule.evidence ?? []) if (/^not found\b/i.test(line)) gaps.push(line.replace(/^not found:\s*/i, 'Evidence missing: '));
  for (const line of SITE_LIMITS[rule.id] ?? []) gaps.push(line);
  lines.push('**Not caught:**', '');
  if (gaps.length) for (const gap of gaps) lines.push(`- ${gap}`);
  else lines.push('- Nothing beyond the limits that hold everywhere (below).');
  lines.push('', '**Evidence:**', '');
  for (const line of rule.evidence ?? []) lines.push(`- ${cell(line)}`);
  if (!rule.evidence?.length) lines.push('- None recorded yet.');
  lines.push('');
  return lines.join('\n');
}

export function coverage() {
  const rules = [...SITE_RULES];
  const summary = rules.map((rule) => {
    const fixtures = fixturesOf(rule.id);
    const positives = fixtures.reduce((t, f) => t + f.positives, 0);
    const lookalikes = fixtures.reduce((t, f) => t + f.lookalikes, 0);
    const name = nameOf(rule);
    return `| [${name}](#${name.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-')}-${rule.id}) | ${rule.hosts.length} | ${rule.connect?.length ?? 0} | ${rule.ignore?.length ?? 0} | ${fixtures.length} | ${positives} / ${lookalikes} |`;
  });
  const languages = Object.entries(CONNECT_LABELS);
  return [
    '# What Safe Nudge catches, and what it can\'t',
    '',
    '<!-- Generated by scripts/coverage.mjs from content/sites/*.ts, content/labels/connect.ts and tests/fixtures/sites. Do not edit: run `npm run coverage`. npm test fails when this page is out of date. -->',
    '',
    'Safe Nudge holds two kinds of action on the sites below and shows a short reminder first:',
    '**connecting with a person** (add friend, follow, connect, accept a request) and **sharing a photo or video**',
    '(files chosen, dropped or pasted; on every site below). Everything else — likes, comments, messages, unfollowing — is never touched.',
    '',
    '| Site | Hosts | Own connect rules | Look-alike rules | Fixtures | Held / look-alikes in fixtures |',
    '| --- | --: | --: | --: | --: | --: |',
    ...summary,
    '',
    '## What it can\'t catch, anywhere',
    '',
    ...EVERYWHERE.map((line) => `- ${line}`),
    '',
    ...PHOTO_CHECK,
    '',
    ...heldOutSection(FIXTURES, rules.map((rule) => rule.id)),
    ...rules.map(siteSection),
    ...CHAT,
    '## Generic labels (every site, after its own rule)',
    '',
    `Whole labels only, compared trimmed and case-folded; ${languages.reduce((t, [, l]) => t + l.length, 0)} labels in ${languages.length} languages:`,
    '',
    ...languages.map(([lang, labels]) => `- **${lang}**: ${labels.map((l) => `"${l}"`).join(', ')}`),
    '',
    ...helpSection(),
  ].join('\n');
}

const text = coverage();
if (process.argv.includes('--check')) {
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (current !== text) {
    console.error('docs/coverage.md is out of date with the site rules and fixtures: run `npm run coverage` and commit it.');
    process.exit(1);
  }
  console.log('docs/coverage.md is up to date');
} else {
  writeFileSync(OUT, text);
  console.log(`wrote docs/coverage.md (${SITE_RULES.length} sites)`);
}
