/**
 * The classifier over every committed site fixture: each control marked "friend-request"
 * must be held, each look-alike marked "none" must not. Prints the corpus figures.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { classifyConnect } from '../../content/classify/connect';
import { ruleForHost } from '../../content/sites/lookup';
import { loadFixtures, markedControls, pathOf, render } from './helpers/fixtures';

const fixtures = loadFixtures();
const tally = { positives: 0, held: 0, lookalikes: 0, nudged: 0 };

describe('site fixtures', () => {
  it('exist, and each names its page and source', () => {
    expect(fixtures.length).toBeGreaterThan(20);
    for (const fixture of fixtures) {
      expect(fixture.url, fixture.file).toMatch(/^https:\/\//);
      expect(fixture.source.length, `${fixture.site}/${fixture.file} needs a source`).toBeGreaterThan(10);
      expect(ruleForHost(new URL(fixture.url).hostname)?.id, `${fixture.file} url host`).toBe(fixture.site);
    }
  });

  for (const fixture of fixtures) {
    it(`${fixture.site}/${fixture.file}`, () => {
      render(fixture);
      const url = new URL(fixture.url);
      const rule = ruleForHost(url.hostname);
      const marked = markedControls();
      for (const { element, expect: expected, clickTarget } of marked) {
        const hit = classifyConnect(pathOf(clickTarget), url, rule);
        const label = `${fixture.file}: ${element.outerHTML.slice(0, 140)}`;
        if (expected === 'friend-request') {
          tally.positives++;
          if (hit) tally.held++;
          expect(hit?.kind, label).toBe('friend-request');
        } else {
          tally.lookalikes++;
          if (hit) tally.nudged++;
          expect(hit, label).toBeNull();
        }
      }
    });
  }

  afterAll(() => {
    const share = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : 'n/a');
    console.log(
      `fixture corpus: ${fixtures.length} files, ${tally.positives} positives (${share(tally.held, tally.positives)}% held), ` +
        `${tally.lookalikes} look-alikes (${share(tally.nudged, tally.lookalikes)}% nudged)`,
    );
  });
});
