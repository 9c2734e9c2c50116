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
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { headerUrl, useE2E } from './harness/index.ts';
import { CHAT_RULES } from '../../content/chat/sites/index.ts';

const e2e = useE2E();
const DIR = join(import.meta.dirname, '../fixtures/chat');
const NOTE = 'safe-nudge[data-kind="warning-signs"][data-mode="note"]';

const SIGNS = ["don't tell your parents about us ok? our little secret", 'send me a pic of you rn'];
const ORDINARY = ['pick you up at 6 from practice', 'delete this lol', 'gg 3-1, rematch at 7?'];
/** Longer than the watch's settle time (content/chat/watch.ts SETTLE_MS): the list has settled. */
const SETTLED_MS = 1800;

interface SignFixture { name: string; url: string; html: string; text: string[] }

/** Fixtures that mark their list and an incoming message, at an address of an open conversation. */
function signFixtures(): SignFixture[] {
  return readdirSync(DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(join(DIR, entry.name)).filter((file) => file.endsWith('.html')).map((file) => join(entry.name, file)))
    .sort()
    .flatMap((name) => {
      const html = readFileSync(join(DIR, name), 'utf8');
      const rule = CHAT_RULES.find((r) => r.site === name.split('/')[0]);
      const url = headerUrl(html, name);
      const open = rule && rule.conversation.pattern.test(new URL(url).pathname);
      if (!open || !/data-sn-chat="incoming"/.test(html) || !/data-sn-chat="messages"/.test(html)) return [];
      return [{ name, url, html, text: (rule.text ?? []).map((alt) => alt.selector) }];
    });
}

/** Appends a copy of the fixture's first incoming message with these words, as the site would. */
const receive = (page: Page, text: string, selectors: string[]) =>
  page.evaluate(
    ([words, textSelectors]) => {
      const original = document.querySelector('[data-sn-chat="incoming"]')!;
      const copy = original.cloneNode(true) as Element;
      if (copy.id) copy.id = `${copy.id}-${Math.random().toString(36).slice(2)}`;
      let target: Element = copy;
      for (const selector of textSelectors) {
        const found = copy.querySelector(selector);
        if (found) {
          target = found;
          break;
        }
      }
      target.textContent = words;
      const list = document.querySelector('[data-sn-chat="messages"]')!;
      // Beside the original when it is a direct part of the list's rows; else at the list's end.
      (original.parentElement && list.contains(original.parentElement) ? original.parentElement : list).append(copy);
    },
    [text, selectors] as const,
  );

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
