#!/usr/bin/env node
/**
 * The family's own details to protect (issue 12): false holds they add on the ordinary messages
 * of the evaluation set (hand-written and generated, five languages, both parts), per 1,000, for
 * a typical family's list and for a hard one (everyday words as a club and a surname). Found and
 * missed are in `npm run chat-eval` (category family-detail) and tests/unit/protected-details.test.ts.
 *
 *   node scripts/own-details-eval.mjs [--show]
 */
import { join } from 'node:path';
import { createJiti } from 'jiti';

const root = join(import.meta.dirname, '..');
const jiti = createJiti(import.meta.url);
const { readLanguage, generateOrdinary } = await jiti.import(join(root, 'tests/chat-eval/load.ts'));
const { CHAT_LANGUAGES } = await jiti.import(join(root, 'chat/types.ts'));
const { personalSubjects } = await jiti.import(join(root, 'chat/personal/detect.ts'));
const { countriesFor } = await jiti.import(join(root, 'chat/personal/phone.ts'));
const { prepareDetail } = await jiti.import(join(root, 'chat/personal/family.ts'));
const show = process.argv.includes('--show');

const LISTS = {
  typical: [
    { kind: 'phone', value: '07700 900461' }, { kind: 'street', value: '14 Maple Close' }, { kind: 'postcode', value: 'LS6 2QT' },
    { kind: 'school', value: 'Oakfield Primary School' }, { kind: 'surname', value: 'Kowalski' }, { kind: 'club', value: 'Hyde Park Harriers' },
    { kind: 'club', value: 'Tigers' }, { kind: 'other', value: 'Biscuit the hamster' },
  ],
  // Everyday words a family might well list: a one-word club, common-word surnames, a street named after a tree.
  hard: [
    { kind: 'club', value: 'Swimming' }, { kind: 'club', value: 'Scouts' }, { kind: 'surname', value: 'Brown' }, { kind: 'surname', value: 'Young' },
    { kind: 'street', value: 'Park Road' }, { kind: 'school', value: 'St Mary\'s' }, { kind: 'other', value: 'Minecraft' },
  ],
};

const ordinary = [];
for (const language of CHAT_LANGUAGES) {
  for (const part of ['dev', 'heldout']) {
    ordinary.push(...readLanguage(part, language).examples.filter((e) => e.direction === 'out' && e.labels.length === 0).map((e) => e.text));
    ordinary.push(...generateOrdinary(part, language, part === 'dev' ? 75 : 50).filter((e) => e.direction === 'out').map((e) => e.text));
  }
}

for (const [name, list] of Object.entries(LISTS)) {
  const family = list.map(prepareDetail).filter(Boolean);
  const context = { countries: countriesFor('GB'), family };
  const held = ordinary.filter((text) => personalSubjects(text, context).some((s) => s.startsWith('family-')));
  const perKind = {};
  for (const text of held) for (const s of personalSubjects(text, context)) if (s.startsWith('family-')) perKind[s] = (perKind[s] ?? 0) + 1;
  console.log(`${name} list (${list.length} details): false holds ${held.length} in ${ordinary.length} ordinary messages = ${(1000 * held.length / ordinary.length).toFixed(2)} per 1,000 ${JSON.stringify(perKind)}`);
  if (show) for (const text of held) console.log(`    ${text}`);
}
