/**
 * Warning signs in messages the child receives (issue 12, kind `warning-signs`) in Firefox, with
 * the built extension (`wxt build -b firefox`), on a chat fixture from a public source served at
 * its real address: a new incoming message with a sign (a copy of the fixture's own incoming
 * message with new words, as the site would add it) shows the note once; an ordinary one none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useFirefox } from '../harness/firefox-e2e.ts';
import { headerUrl } from '../harness/fixtures.ts';

const ff = useFirefox();
const FILE = join(import.meta.dirname, '../../fixtures/chat/whatsapp/2026-airminal-selectors.html');
const html = readFileSync(FILE, 'utf8');
const fixture = { url: headerUrl(html, FILE), html };
const NOTE = 'safe-nudge[data-kind="warning-signs"][data-mode="note"]';
/** Longer than the watch's settle time (content/chat/watch.ts SETTLE_MS). */
const SETTLED_MS = 1800;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const notes = (page: Page) => page.evaluate((selector) => document.querySelectorAll(selector).length, NOTE);

/** A copy of the fixture's incoming row with new words, appended to its list. */
const receive = (page: Page, words: string) =>
  page.evaluate((text) => {
    const row = document.querySelector('.message-in')!.closest('[data-id]')!;
    const copy = row.cloneNode(true) as Element;
    copy.querySelector('.selectable-text')!.textContent = text;
    row.parentElement!.append(copy);
  }, words);

async function until(check: () => Promise<boolean>, ms = 5000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await wait(100)) if (await check()) return true;
  return check();
}

describe.skipIf(!ff.available)('Firefox: warning signs in messages received', () => {
  it('a new incoming warning sign shows the note once; the page text stays its own', async () => {
    const page = await ff.open(fixture);
    await wait(SETTLED_MS);
    await receive(page, 'send me a pic of you rn');
    expect(await until(async () => (await notes(page)) === 1)).toBe(true);
    await receive(page, "don't tell your parents about us");
    await wait(600);
    expect(await notes(page)).toBe(1);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('This message asks');
  });

  it('ordinary messages show no note', async () => {
    const page = await ff.open(fixture);
    await wait(SETTLED_MS);
    for (const words of ['pick you up at 6', 'delete this lol', 'gg 3-1']) await receive(page, words);
    await wait(1000);
    expect(await notes(page)).toBe(0);
  });
});
