/**
 * Personal details in a message the child is about to send (issue 12, kind `personal-info`), in
 * real Chromium with the built extension, on the chat fixtures (tests/fixtures/chat, served at
 * their sites' real addresses) and on the editor test pages built with the real libraries
 * (tests/e2e/editors). Each fixture gets a stand-in for the site's own send code (harness/chat.ts): Enter
 * in the message box or a click on the send control sends the box's words and empties it.
 *
 * (A form's submit is the site's script's business: the stand-in keeps the page where it is.)
 *
 * Held: a message with a phone number or an address, by Enter or by the send control, with the
 * reminder naming what it saw. Not held: ordinary messages. "Send it" sends the same words
 * exactly once; "Not now" sends nothing and leaves the words in the box.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, expectNoReminder, expectReminder, expectSettled, useE2E } from './harness/index.ts';
import { ADDRESS, ORDINARY, PHONE, chatFixtures } from './harness/chat.ts';
import { boxText, expectHeldThenSentOnce, reminderTitle, sent, typeInBox } from './harness/chat-page.ts';
import { editorPages, type EditorPage } from './editors/build.ts';

const e2e = useE2E();

const title = reminderTitle;

describe.skipIf(!e2e.available)('personal details in a message about to be sent (Chromium)', () => {
  const fixtures = chatFixtures();

  it('has chat fixtures to type in from at least 6 sites', () => {
    expect(new Set(fixtures.map((f) => f.name.split('/')[0])).size).toBeGreaterThanOrEqual(6);
  });

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      it('holds Enter on a phone number, names it; "Not now" keeps the words unsent; then "Send it" sends them once', async () => {
        const page = await e2e.open(fixture);
        await typeInBox(page, PHONE);
        await expectHeldThenSentOnce(page, PHONE, 'This message has a phone number in it.');
      });

      it('lets ordinary messages go at once', async () => {
        const page = await e2e.open(fixture);
        for (const message of ORDINARY) {
          await typeInBox(page, message);
          await page.keyboard.press('Enter');
        }
        await expectNoReminder(page);
        expect(await sent(page)).toEqual(ORDINARY);
      });

      it.skipIf(!fixture.hasSend)('holds the send control on an address; "Send it" sends it once', async () => {
        const page = await e2e.open(fixture);
        await typeInBox(page, ADDRESS);
        await page.locator('[data-sn-chat="send"]').click();
        await expectReminder(page, 'personal-info');
        expect(await title(page)).toBe('This message has an address in it.');
        expect(await sent(page)).toEqual([]);
        await choose(page, 'continue');
        await expectSettled(() => sent(page), [ADDRESS], 'sent exactly once after "Send it"');
        expect(await boxText(page)).toBe('');
      });
    });
  }

  it('holds an Enter that comes before the check has loaded (words pasted, no typing), then checks it', async () => {
    const fixture = fixtures.find((f) => f.name.startsWith('whatsapp/'))!;
    const page = await e2e.open(fixture);
    await page.locator('[data-sn-chat="composer"]').evaluate((el, text) => (el.textContent = text), PHONE);
    await page.locator('[data-sn-chat="composer"]').focus();
    await page.keyboard.press('Enter');
    await expectReminder(page, 'personal-info');
    expect(await sent(page)).toEqual([]);
    await choose(page, 'continue');
    await expectSettled(() => sent(page), [PHONE], 'sent exactly once after "Send it"');
  });

  it('does nothing when the parent turned personal details off', async () => {
    const page = await e2e.open(fixtures[0]!);
    await e2e.setStorage({ kinds: { 'personal-info': { enabled: false, mode: 'pause' } } });
    await page.waitForTimeout(200);
    await typeInBox(page, PHONE);
    await page.keyboard.press('Enter');
    await expectNoReminder(page);
    expect(await sent(page)).toEqual([PHONE]);
  });
});

interface ChatWindow { __chat: { sent: string[]; ready: boolean } }

describe.skipIf(!e2e.available)('personal details on the real editors (Chromium)', () => {
  let pages: EditorPage[] = [];
  beforeAll(async () => {
    pages = await editorPages(false);
  });
  const editorSent = (page: Page) => page.evaluate(() => (window as unknown as ChatWindow).__chat.sent);

  // Slate is Discord's box (the rule's composer selector is Slate's own markup; Discord sends on
  // Enter only, so "Send it" is the same Enter again); Lexical is Messenger's (its box is a
  // role=textbox contenteditable, and the page's send button is labelled "Send": "Send it" goes
  // by the send control).
  for (const id of ['slate', 'lexical']) {
    it(`${id}: a held Enter sends the message exactly once after "Send it"; "Not now" keeps it`, async () => {
      const page = await e2e.open(pages.find((p) => p.id === id)!);
      await page.waitForFunction(() => (window as unknown as ChatWindow).__chat?.ready === true);
      await page.locator('#composer [contenteditable="true"]').click();
      await page.keyboard.type(PHONE, { delay: 2 });
      await page.keyboard.press('Enter');
      await expectReminder(page, 'personal-info');
      await choose(page, 'cancel');
      await expectSettled(() => editorSent(page), [], 'nothing sent after "Not now"');
      await page.locator('#composer [contenteditable="true"]').click();
      await page.keyboard.press('Enter');
      await expectReminder(page, 'personal-info');
      await choose(page, 'continue');
      await expectSettled(() => editorSent(page), [PHONE], 'sent exactly once after "Send it"');
    });
  }
});
