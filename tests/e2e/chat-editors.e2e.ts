/**
 * Continue must really send on the editors chat sites use (issue 12): test pages built with the
 * real libraries (tests/e2e/editors), wired to send on Enter and on a send button. A held send,
 * delivered again by the product's replay functions, sends exactly once; "not now" leaves the
 * text unsent and unchanged. Each editor's line in tests/e2e/editors/editors.ts says whether a
 * replayed Enter sends there; this test holds that table to what Chromium does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useE2E } from './harness/index.ts';
import { EDITORS } from './editors/editors.ts';
import { editorPages, type EditorPage } from './editors/build.ts';

const e2e = useE2E();
const MESSAGE = 'my number is 07700 900461';

interface ChatWindow { __chat: { sent: string[]; ready: boolean }; __hold: { held(): string | null; release(): void; cancel(): void; arm(): void } }

const sent = (page: Page) => page.evaluate(() => (window as unknown as ChatWindow).__chat.sent);
const held = (page: Page) => page.evaluate(() => (window as unknown as ChatWindow).__hold.held());
/** The composer's text, without an editor's placeholder (Slate draws it inside the editor). */
const composerText = (page: Page) =>
  page.locator('#composer textarea, #composer [contenteditable="true"]').first().evaluate((el) => {
    if (el instanceof HTMLTextAreaElement) return el.value.trim();
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-slate-placeholder], [contenteditable="false"]').forEach((node) => node.remove());
    return (copy.textContent ?? '').replace(/\uFEFF/g, '').trim();
  });

async function openEditor(pages: EditorPage[], id: string): Promise<Page> {
  // The stand-in's hold is under test here, not the product's (tests/e2e/chat-sends.e2e.ts):
  // the product's pause on personal details would take the Enter first.
  await e2e.setStorage({ kinds: { 'personal-info': { enabled: false, mode: 'pause' } } });
  const page = await e2e.open(pages.find((p) => p.id === id)!);
  await page.waitForFunction(() => (window as unknown as ChatWindow).__chat?.ready === true);
  await page.locator('#composer textarea, #composer [contenteditable="true"]').first().click();
  await page.keyboard.type(MESSAGE, { delay: 5 });
  await expect.poll(() => composerText(page)).toBe(MESSAGE);
  return page;
}

/** Lets any delayed second delivery show up before counting. */
const settle = (page: Page) => page.waitForTimeout(400);

describe.skipIf(!e2e.available)('held sends on real editors (Chromium)', () => {
  let pages: EditorPage[] = [];
  beforeAll(async () => {
    pages = await editorPages(true);
  });

  for (const editor of EDITORS) {
    describe(`${editor.library} (${editor.usedBy})`, () => {
      it(`a held Enter, continued, ${editor.enter === 'sends' ? 'sends the message exactly once' : 'is ignored by the editor: the text stays, and the send button sends it once'}`, async () => {
        const page = await openEditor(pages, editor.id);
        await page.keyboard.press('Enter');
        expect(await held(page)).toBe('keydown');
        expect(await sent(page)).toEqual([]);
        expect(await composerText(page)).toBe(MESSAGE);
        await page.evaluate(() => (window as unknown as ChatWindow).__hold.release());
        await settle(page);
        if (editor.enter === 'sends') {
          expect(await sent(page)).toEqual([MESSAGE]);
          expect(await composerText(page)).toBe('');
          return;
        }
        expect(await sent(page)).toEqual([]);
        expect(await composerText(page)).toBe(MESSAGE);
        // The fallback: the site's own send control, held and continued like any click.
        await page.evaluate(() => (window as unknown as ChatWindow).__hold.arm());
        await page.locator('#send').click();
        expect(await held(page)).toBe('click');
        await page.evaluate(() => (window as unknown as ChatWindow).__hold.release());
        await settle(page);
        expect(await sent(page)).toEqual([MESSAGE]);
      });

      it('a held send button click, continued, sends the message exactly once', async () => {
        const page = await openEditor(pages, editor.id);
        await page.locator('#send').click();
        expect(await held(page)).toBe('click');
        expect(await sent(page)).toEqual([]);
        await page.evaluate(() => (window as unknown as ChatWindow).__hold.release());
        await settle(page);
        expect(await sent(page)).toEqual([MESSAGE]);
        expect(await composerText(page)).toBe('');
      });

      it('"not now" leaves the text unsent and unchanged', async () => {
        const page = await openEditor(pages, editor.id);
        await page.keyboard.press('Enter');
        expect(await held(page)).toBe('keydown');
        await page.evaluate(() => (window as unknown as ChatWindow).__hold.cancel());
        await settle(page);
        expect(await sent(page)).toEqual([]);
        expect(await composerText(page)).toBe(MESSAGE);
      });
    });
  }
});
