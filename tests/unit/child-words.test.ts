/** The "For children" words read at Flesch-Kincaid grade 4 or lower, each rule and all together. */
import { describe, expect, it } from 'vitest';
import { CHILD_RULES } from '../../guidance/advice';
import { getMessage } from './setup';
import { fleschKincaidGrade } from './readability';

const MAX_GRADE = 4;

describe('words for children (en_GB)', () => {
  it('the readability helper scores easy text low and hard text high', () => {
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeLessThan(1);
    expect(
      fleschKincaidGrade('Institutional accountability necessitates comprehensive organisational documentation.'),
    ).toBeGreaterThan(12);
  });

  it.each(CHILD_RULES)('%s is grade 4 or lower', (key) => {
    const text = getMessage(key);
    expect(text).not.toBe('');
    expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(MAX_GRADE);
  });

  it('all the rules together are grade 4 or lower', () => {
    const all = CHILD_RULES.map((key) => getMessage(key)).join(' ');
    const grade = fleschKincaidGrade(all);
    console.info(`For children: Flesch-Kincaid grade ${grade.toFixed(2)}`);
    expect(grade).toBeLessThanOrEqual(MAX_GRADE);
  });
});
