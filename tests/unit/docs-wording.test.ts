/**
 * The README and docs use the words the extension shows (issue 9: "Ask again about everyone"
 * and "just a reminder" where the page said "Forget people I know" and "Short reminder only,
 * no pause"), and the README's table of what the child's card shows matches the code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGION_CODES } from '../../guidance/contacts';
import { childHelp } from '../../guidance/child-help';
import { phoneNumbers } from '../../guidance/help';
import { getMessage } from './setup';

const ROOT = join(__dirname, '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** The README with its line breaks as spaces: a quoted sentence may wrap. */
const flat = readme.replace(/\s+/g, ' ');
const docs = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(join(ROOT, 'docs', f), 'utf8')] as const);

/** UI labels the README names in bold, exactly as the extension shows them. */
const BOLD_LABELS = [
  'choiceContinueFriend', 'choiceCancel', 'choiceHelp', 'helpNowTitle', 'helpGroupEmergency', 'helpGroupReport',
  'helpGroupTalk', 'helpGroupRemoval', 'regionLabel', 'modePause', 'modeReminder', 'capLabel', 'knownReset', 'pinTitle',
  'otherLabel', 'parentAdviceTitle', 'childAdviceTitle', 'weekTitle', 'region_INTL', 'region_EU',
];
/** Sentences it quotes. */
const QUOTED = ['regionWhyGuess', 'regionWhyChosen', 'setByPolicy', 'regionLockedByPin', 'checkSite'];

describe('README and docs speak the UI’s words', () => {
  it.each(BOLD_LABELS)('README names %s exactly', (key) => {
    expect(readme).toContain(`**${getMessage(key)}**`);
  });

  it.each(QUOTED)('README quotes %s exactly', (key) => {
    expect(flat).toContain(getMessage(key));
  });

  it('README quotes the help card’s lines', () => {
    expect(flat).toContain(getMessage('helpNeverLate').replace(/\.$/, ''));
    expect(flat).toContain('Talk to a grown-up you trust');
    expect(readme).toContain(`**${getMessage('reminderFriend1Title')}**`);
  });

  it('no page uses words the UI no longer has', () => {
    const stale = [/Ask again about everyone/i, /just a reminder/i, /reset "people I know"/i, /[^_]EXTENSION_ID/, /From the browser's language/i];
    for (const [name, text] of [['README.md', readme] as const, ...docs]) {
      for (const pattern of stale) expect(text, `${name}: ${pattern}`).not.toMatch(pattern);
    }
  });

  it("README's table of the child's card matches what the code shows", () => {
    for (const code of REGION_CODES.filter((c) => c !== 'INTL')) {
      const name = getMessage(`region_${code}`);
      const row = readme.split('\n').find((line) => line.startsWith(`| ${name} |`));
      expect(row, name).toBeDefined();
      const help = childHelp(code, getMessage);
      for (const number of phoneNumbers(help.dangerPhone!)) expect(row, `${name}: ${number}`).toContain(number);
      if (help.helpline) expect(row, name).toContain(help.helpline.phone!.split(' ').pop());
      else expect(row, name).toContain('only "talk to a grown-up you trust"');
    }
  });
});
