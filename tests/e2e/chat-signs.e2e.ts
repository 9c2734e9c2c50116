/**
 * Warning signs in messages the child receives (issue 12, kind `warning-signs`), in real
 * Chromium with the built extension, on the chat fixtures (tests/fixtures/chat, each citing its
 * public source, served at the site's real address). The child only reads: nothing is typed.
 *
 * A new incoming message is made the way the site's own script would add one: a copy of the
 * fixture's own incoming message (the source's markup) with new words, appended to its list.
 * A warning sign shows the note once (a second sign in the same conversation does not show a
 * second); ordinary messages show none; the page's text is exactly what the page put there;
 * no request leaves the page but its own and the extension's files.
 */
import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { useE2E } from './harness/index.ts';
import { appendIncoming, NOTE, ORDINARY_RECEIVED as ORDINARY, SETTLED_MS, SIGNS, signFixtures } from './harness/chat-signs.ts';

const e2e = useE2E();

const receive = (page: Page, text: string, selectors: string[]) => page.evaluate(appendIncoming, [text, selectors] as const);

const pageText = (page: Page) => page.evaluate(() => document.body.innerText);
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
const notes = (page: Page) => page.locator(NOTE).count();

function watchRequests(page: Page, fixtureUrl: string): () => string[] {
  const seen: string[] = [];
  page.context().on('request', (request: Request) => seen.push(request.url()));
  return () => seen.filter((url) => !url.startsWith('chrome-extension://') && url !== fixtureUrl && !url.startsWith('data:'));
}

describe.skipIf(!e2e.available)('warning signs in messages the child receives (Chromium)', () => {
  const fixtures = signFixtures();

  it('has chat fixtures with a message list from at least 4 sites', () => {
    expect(new Set(fixtures.map((f) => f.name.split('/')[0])).size).toBeGreaterThanOrEqual(4);
  });

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      it('a new incoming warning sign shows the note once, naming it; the page text is unchanged; nothing leaves', async () => {
        const page = await e2e.open(fixture);
        const others = watchRequests(page, fixture.url);
        await page.waitForTimeout(SETTLED_MS);
        const before = await pageText(page);
        await receive(page, SIGNS[0]!, fixture.text);
        await expect.poll(() => notes(page), { timeout: 5000 }).toBe(1);
        const note = page.locator(NOTE);
        await expect.poll(() => note.evaluate((host) => host.shadowRoot!.textContent)).toContain('This message asks you to keep a secret.');
        // A second sign in the same conversation: still the one note.
        await receive(page, SIGNS[1]!, fixture.text);
        await page.waitForTimeout(500);
        expect(await notes(page)).toBe(1);
        // The page's own text: what it had, plus the two messages it added, nothing of ours.
        const after = await pageText(page);
        expect(after).toContain(SIGNS[0]!);
        expect(after).toContain(SIGNS[1]!);
        expect(squeeze(after.replace(SIGNS[0]!, ' ').replace(SIGNS[1]!, ' '))).toBe(squeeze(before));
        expect(others(), 'requests other than the page and the extension').toEqual([]);
      });

      it('ordinary messages show no note', async () => {
        const page = await e2e.open(fixture);
        await page.waitForTimeout(SETTLED_MS);
        for (const text of ORDINARY) await receive(page, text, fixture.text);
        await page.waitForTimeout(800);
        expect(await notes(page)).toBe(0);
      });
    });
  }

  it('messages already on the page when it opens are old history: no note', async () => {
    const fixture = fixtures.find((f) => f.name.startsWith('discord/'))!;
    const html = fixture.html.replace('gg that was close', SIGNS[0]!);
    const page = await e2e.open({ ...fixture, html });
    await page.waitForTimeout(SETTLED_MS + 500);
    expect(await notes(page)).toBe(0);
  });

  it('does nothing when the parent turned warning signs off', async () => {
    const fixture = fixtures.find((f) => f.name.startsWith('whatsapp/'))!;
    await e2e.setStorage({ kinds: { 'warning-signs': { enabled: false, mode: 'pause' } } });
    const page = await e2e.open(fixture);
    await page.waitForTimeout(SETTLED_MS);
    await receive(page, SIGNS[0]!, fixture.text);
    await page.waitForTimeout(800);
    expect(await notes(page)).toBe(0);
  });

  it('"Get help" opens the help card in the note; OK closes it', async () => {
    const fixture = fixtures.find((f) => f.name.startsWith('whatsapp/'))!;
    const page = await e2e.open(fixture);
    await page.waitForTimeout(SETTLED_MS);
    await receive(page, SIGNS[1]!, fixture.text);
    await expect.poll(() => notes(page), { timeout: 5000 }).toBe(1);
    await page.locator(`${NOTE} button[data-choice="help"]`).click();
    await expect.poll(() => page.locator(`${NOTE} .help`).isVisible()).toBe(true);
    await page.locator(`${NOTE} button[data-choice="dismiss"]`).click();
    await expect.poll(() => notes(page)).toBe(0);
  });
});
