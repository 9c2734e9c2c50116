/**
 * The reminder's words: every child-facing string at Flesch-Kincaid grade 4 or lower, bodies
 * of at most 30 words, at least three wordings per kind, turned in order, and paraphrased:
 * no run of six words taken from the police article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SIGN_NOTE_KEY } from '../../content/reminder/sign-note';
import { describe, expect, it } from 'vitest';
import { allWordingKeys, wordingKeys } from '../../views/words';
import { getMessage } from './setup';
import { fleschKincaidGrade } from './readability';

/** The warning-sign note's words (content/reminder/sign-note.ts). */
const SIGN_NOTE_WORDS = ['signNoteTitle', 'signNoteTalk', ...Object.values(SIGN_NOTE_KEY)];
const CHILD_KEYS = [
  ...SIGN_NOTE_WORDS,
  ...allWordingKeys(),
  'choiceContinueFriend', 'choiceContinuePhoto', 'choiceContinuePersonal', 'choiceCancel', 'choiceHelp',
  'helpTitle', 'helpTalk', 'helpNeverLate', 'helpDangerAnywhere', 'noteFriend', 'notePhoto', 'notePersonal',
];
const words = (text: string) => text.toLowerCase().match(/[a-z']+/g) ?? [];

function articleRuns(size: number): Set<string> {
  const dir = join(__dirname, '../../../shared/seeds');
  const runs = new Set<string>();
  let text = '';
  try {
    text = readdirSync(dir).map((file) => readFileSync(join(dir, file), 'utf8')).join(' ');
  } catch {
    return runs; // the article lives beside the repository; without it there is nothing to compare
  }
  const list = words(text);
  for (let i = 0; i + size <= list.length; i++) runs.add(list.slice(i, i + size).join(' '));
  return runs;
}

describe('reminder words', () => {
  it.each(CHILD_KEYS)('%s exists and reads at grade 4 or lower', (key) => {
    const text = getMessage(key);
    expect(text.length).toBeGreaterThan(0);
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(4);
  });

  it('has at least three wordings per kind, turned in order, each body at most 30 words', () => {
    for (const kind of ['friend-request', 'image-upload', 'personal-info'] as const) {
      const seen = new Set<string>();
      for (let turn = 0; turn < 6; turn++) {
        const wording = wordingKeys(kind, turn);
        seen.add(wording.body);
        expect(words(getMessage(wording.body)).length).toBeLessThanOrEqual(30);
      }
      expect(seen.size).toBeGreaterThanOrEqual(3);
      expect(wordingKeys(kind, 0).body).not.toBe(wordingKeys(kind, 1).body);
    }
  });

  it('paraphrases the article instead of copying its sentences', () => {
    const runs = articleRuns(6);
    for (const key of CHILD_KEYS) {
      const list = words(getMessage(key));
      for (let i = 0; i + 6 <= list.length; i++) expect(runs.has(list.slice(i, i + 6).join(' ')), key).toBe(false);
    }
  });

  it('uses no scary or blaming words', () => {
    const banned = /\b(stranger|danger(ous)?|predator|bad|naughty|wrong|never|trouble[d]?)\b/i;
    for (const key of [...allWordingKeys(), 'noteFriend', 'notePhoto', 'notePersonal', ...SIGN_NOTE_WORDS]) expect(getMessage(key), key).not.toMatch(banned);
  });

  it('the warning-sign note names each sign in words a 9-year-old reads (grade 4 or lower), all of them present', () => {
    for (const key of SIGN_NOTE_WORDS) {
      const text = getMessage(key);
      expect(text, key).not.toBe('');
      expect(fleschKincaidGrade(text), `${key}: ${text}`).toBeLessThanOrEqual(4);
    }
  });

  it('names what a personal-details pause saw in its title, in plain words', () => {
    expect(getMessage(wordingKeys('personal-info', 0, 'phone').title)).toBe('This message has a phone number in it.');
    expect(getMessage(wordingKeys('personal-info', 2, 'address').title)).toBe('This message has an address in it.');
    expect(getMessage(wordingKeys('personal-info', 0, 'school').title)).toBe('This message says which school you go to.');
    expect(getMessage(wordingKeys('personal-info', 1).title)).toBe('About to share a bit about you?');
    expect(getMessage(wordingKeys('personal-info', 1, 'phone').continueLabel)).toBe('Send it');
  });
});
