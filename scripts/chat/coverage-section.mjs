/**
 * The chat part of docs/coverage.md (issue 12), from the chat rules (content/chat/sites), their
 * fixtures (tests/fixtures/chat) and the editor table the e2e test checks
 * (tests/e2e/editors/editors.ts). scripts/coverage.mjs puts it in the page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const code = (text) => `\`${String(text).replace(/`/g, "'")}\``;

function role(html) {
  return /^\s*role:\s*(\S+)/m.exec(/<!--([\s\S]*?)-->/.exec(html)?.[1] ?? '')?.[1] ?? '?';
}

export async function chatSection(jiti, root) {
  const { CHAT_RULES } = await jiti.import(join(root, 'content/chat/sites/index.ts'));
  const { EDITORS } = await jiti.import(join(root, 'tests/e2e/editors/editors.ts'));
  const fixtureDir = join(root, 'tests', 'fixtures', 'chat');
  const fixturesOf = (site) => {
    const dir = join(fixtureDir, site);
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => role(readFileSync(join(dir, f), 'utf8'))) : [];
  };
  const list = (alternatives) => (alternatives?.length ? alternatives.map((a) => code(a.selector)).join(', ') : '—');
  return [
    '## Chat nudges (issue 12)',
    '',
    'Where each site\'s chat is. **Active:** the pause before a message with personal details is sent (kind',
    '`personal-info`): Enter in the message box, or a click on the send control, is held when the message has a phone',
    'number, email, address or postcode, school, live location or a meeting plan in it (`content/chat/sends.ts`; e2e on',
    'every fixture whose box takes typing, in real Chromium, `tests/e2e/chat-sends.e2e.ts`, and in real Firefox,',
    '`tests/e2e/firefox/chat.firefox.e2e.ts`: 9 fixtures from 7 sites), and when it has one of the family\'s own',
    '"details to protect" (`docs/protected-details.md`, e2e `tests/e2e/own-details.e2e.ts` and, in Firefox,',
    '`tests/e2e/firefox/own-details.firefox.e2e.ts`). **Active:** a calm note about warning signs',
    'in a message the child receives (kind `warning-signs`): on an open conversation (the rule\'s address pattern) the',
    'chat check observes only the message list and reads only new incoming messages; a sign (secrecy, photos, another',
    'app, gifts, personal questions, meeting, flattery with pressure, sexual talk) shows a note naming it with "Get help",',
    'at most once per conversation per day (`content/chat/watch.ts`; e2e in real Chromium `tests/e2e/chat-signs.e2e.ts`',
    'and in real Firefox `tests/e2e/firefox/signs.firefox.e2e.ts`). It cannot tell',
    'whose a message is where the site does not mark it (Discord: every new row is read), reads no images, voice or',
    'video, and on WhatsApp Web (one address) a note counts once per day for the whole site. Each selector comes from a public source',
    '(`content/chat/sites/<id>.ts`); "held-apart" fixtures come from sources not used to write the rule.',
    '',
    '| Site | Message box | Send control | Message list | Incoming message | Fixtures (rule / held-apart) |',
    '| --- | --- | --- | --- | --- | --: |',
    ...CHAT_RULES.map((rule) => {
      const roles = fixturesOf(rule.site);
      return `| ${rule.site} | ${list(rule.composer)} | ${list(rule.send)} | ${list(rule.messages)} | ${list(rule.incoming)} | ${roles.filter((r) => r === 'rule').length} / ${roles.filter((r) => r === 'held-apart').length} |`;
    }),
    '',
    '### Sending again after "continue", editor by editor',
    '',
    'A held send is delivered again by script (no extension can make a trusted event). Test pages built with each',
    'editor library from npm, wired to send on Enter and on a send button the way the sites do, show in real Chromium',
    '(`tests/e2e/chat-editors.e2e.ts`) what that does. So after "Send it" a held Enter goes by the site\'s send control',
    'when its chat rule names one, and is the same Enter again only where the site has none (Discord: Slate, which takes',
    'it; `tests/e2e/chat-sends.e2e.ts` and, in Firefox, `tests/e2e/firefox/chat.firefox.e2e.ts` check the product on the',
    'Slate and Lexical pages; the table below is measured in Chromium only):',
    '',
    '| Editor | Built with | Used by (as issue 12 states) | A held Enter, replayed | A held send-button click, replayed | "Not now" |',
    '| --- | --- | --- | --- | --- | --- |',
    ...EDITORS.map((e) => `| ${cell(e.library)} | ${cell(e.packages)} | ${cell(e.usedBy)} | ${e.enter === 'sends' ? 'sends once' : '**ignored** (reads the legacy `which`/`keyCode`, which a script-made key cannot carry): send through the site\'s send control'} | sends once | text stays, unsent |`),
    '',
  ];
}
