/**
 * The advice in the popup: every point of the police article is there, in our own words (no
 * run of six words copied from it), and the children's words stay kind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHILD_RULES, GROOMING_SIGNS, PARENT_ADVICE, PICTURE_SHARED } from '../../guidance/advice';
import { getMessage } from './setup';

const words = (text: string) => text.toLowerCase().replace(/’/g, "'").match(/[a-z']+/g) ?? [];
const RUN = 6;

function article(): string {
  const dir = join(__dirname, '../../../shared/seeds');
  try {
    return readdirSync(dir).map((file) => readFileSync(join(dir, file), 'utf8')).join(' ');
  } catch {
    return ''; // the article lives beside the repository; without it there is nothing to compare
  }
}

const KEYS = [...PARENT_ADVICE.flatMap((point) => [point.title, point.body]), ...GROOMING_SIGNS, ...PICTURE_SHARED, ...CHILD_RULES];

describe('advice words', () => {
  it.each(KEYS)('%s is in our own words', (key) => {
    const list = words(article());
    const runs = new Set(list.map((_, i) => list.slice(i, i + RUN).join(' ')).filter((run) => run.split(' ').length === RUN));
    const text = words(getMessage(key));
    for (let i = 0; i + RUN <= text.length; i++) expect(runs.has(text.slice(i, i + RUN).join(' ')), `${key}: "${text.slice(i, i + RUN).join(' ')}"`).toBe(false);
  });

  it('covers every point of the police guidance', () => {
    const advice = PARENT_ADVICE.map((point) => `${getMessage(point.title)} ${getMessage(point.body)}`).join(' ').toLowerCase();
    for (const idea of [/parental controls/, /which sites/, /who they talk to/, /anything/, /sharing a picture/, /no one/, /friend requests only from people they know offline/, /face to face/, /police/]) {
      expect(advice).toMatch(idea);
    }
  });

  it('keeps the children’s words kind: no scary or blaming words', () => {
    const banned = /\b(stranger|danger(ous)?|predator|bad|naughty|wrong|never|abuse|groom(ing|er)?)\b/i;
    for (const key of CHILD_RULES) expect(getMessage(key), key).not.toMatch(banned);
  });
});
