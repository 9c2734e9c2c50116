/**
 * Warning signs in messages the child receives (issue 12, kind `warning-signs`) in Firefox, with
 * the built extension (`wxt build -b firefox`), on every chat fixture of an open conversation
 * (tests/e2e/harness/chat-signs.ts: the same fixtures from public sources as the Chromium test,
 * served at their real addresses). On one page per fixture: new ordinary incoming messages show
 * no note; a new incoming warning sign shows the note once, naming it; a second sign shows no
 * second note; the page's text stays its own.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useFirefox } from '../harness/firefox-e2e.ts';
import { appendIncoming, NOTE, ORDINARY_RECEIVED, SETTLED_MS, SIGNS, signFixtures } from '../harness/chat-signs.ts';

const ff = useFirefox();
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const notes = (page: Page) => page.evaluate((selector) => document.querySelectorAll(selector).length, NOTE);
const noteText = (page: Page) => page.evaluate((selector) => document.querySelector(selector)?.shadowRoot?.textContent ?? '', NOTE);
const receive = (page: Page, words: string, selectors: string[]) => page.evaluate(appendIncoming, [words, selectors] as const);

async function until(check: () => Promise<boolean>, ms = 5000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await wait(100)) if (await check()) return true;
  return check();
}

describe.skipIf(!ff.available)('Firefox: warning signs in messages received', () => {
  const fixtures = signFixtures();

  it('has chat fixtures of an open conversation from at least 6 sites', () => {
    expect(new Set(fixtures.map((f) => f.name.split('/')[0])).size).toBeGreaterThanOrEqual(6);
  });

  for (const fixture of fixtures) {
    it(`${fixture.name}: ordinary messages no note; a warning sign the note once, naming it; the page text its own`, async () => {
      const page = await ff.open(fixture);
      await wait(SETTLED_MS);
      for (const words of ORDINARY_RECEIVED) await receive(page, words, fixture.text);
      await wait(800);
      expect(await notes(page), 'no note for ordinary messages').toBe(0);
      await receive(page, SIGNS[0]!, fixture.text);
      expect(await until(async () => (await notes(page)) === 1)).toBe(true);
      expect(await until(async () => (await noteText(page)).includes('This message asks you to keep a secret.'))).toBe(true);
      await receive(page, SIGNS[1]!, fixture.text);
      await wait(600);
      expect(await notes(page), 'one note per conversation').toBe(1);
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).toContain(SIGNS[1]!);
      expect(text).not.toContain('This message asks');
      await page.close();
    });
  }
});
