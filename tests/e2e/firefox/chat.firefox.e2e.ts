/**
 * Personal details in a message the child is about to send (issue 12, kind `personal-info`), in
 * real Firefox ESR with the Firefox build, on the same chat fixtures as Chromium
 * (tests/e2e/chat-sends.e2e.ts; harness/chat.ts adds a stand-in for each site's send code) and on
 * editor test pages built with the real libraries (tests/e2e/editors):
 * - an ordinary message goes at once, sent once;
 * - Enter on a phone number is held, the reminder names it; "Not now" sends nothing and leaves
 *   the words in the box; Enter again, "Send it": sent exactly once;
 * - the site's send control on an address is held; "Send it" sends it once and the box empties.
 * Keys and clicks are WebDriver input actions: trusted, like a child's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { choose, expectNoReminder, expectReminder, expectReminderGone, find, tap, useFirefox } from '../harness/firefox-e2e.ts';
import { ADDRESS, ORDINARY, PHONE, chatFixtures } from '../harness/chat.ts';
import { boxText, expectHeldThenSentOnce, reminderTitle as title, sent, typeInBox } from '../harness/chat-page-firefox.ts';
import { expectSettled } from '../harness/reminder.ts';
import { editorPages, type EditorPage } from '../editors/build.ts';

const ff = useFirefox();

describe.skipIf(!ff.available)('Firefox: personal details in a message about to be sent', () => {
  const fixtures = chatFixtures();

  it('has chat fixtures to type in from at least 6 sites', () => {
    expect(new Set(fixtures.map((f) => f.name.split('/')[0])).size).toBeGreaterThanOrEqual(6);
  });

  for (const fixture of fixtures) {
    it(`${fixture.name}: ordinary messages go at once; Enter on a phone number held, "Not now" keeps it, "Send it" sends once${fixture.hasSend ? '; the send control on an address held, sent once' : ''}`, async () => {
      const page = await ff.open(fixture);
      await typeInBox(page, ORDINARY[0]!);
      await page.keyboard.press('Enter');
      await expectNoReminder(page);
      expect(await sent(page), 'an ordinary message is sent at once, once').toEqual([ORDINARY[0]]);

      await typeInBox(page, PHONE);
      await expectHeldThenSentOnce(page, PHONE, 'This message has a phone number in it.', [ORDINARY[0]!]);
      if (!fixture.hasSend) return;

      await typeInBox(page, ADDRESS);
      await tap(page, await find(page, '[data-sn-chat="send"]'));
      await expectReminder(page, 'personal-info');
      expect(await title(page)).toBe('This message has an address in it.');
      expect(await sent(page)).toEqual([ORDINARY[0], PHONE]);
      await choose(page, 'continue');
      await expectReminderGone(page);
      await expectSettled(() => sent(page), [ORDINARY[0], PHONE, ADDRESS], 'sent exactly once after "Send it"');
      expect(await boxText(page)).toBe('');
    });
  }
});

interface ChatWindow { __chat: { sent: string[]; ready: boolean } }

describe.skipIf(!ff.available)('Firefox: personal details on the real editors', () => {
  let pages: EditorPage[] = [];
  beforeAll(async () => {
    pages = await editorPages(false);
  });
  const editorSent = (page: Page) => page.evaluate(() => (window as unknown as ChatWindow).__chat.sent);
  const editable = '#composer textarea, #composer [contenteditable="true"]';

  /** The editor's text, without a placeholder or the zero-width characters editors keep. */
  const editorText = (page: Page) =>
    page.$eval(editable, (el) => {
      if (el instanceof HTMLTextAreaElement) return el.value.trim();
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-slate-placeholder], [contenteditable="false"]').forEach((node) => node.remove());
      return (copy.textContent ?? '').replace(/\uFEFF/g, '').trim();
    });

  // As in Chromium (chat-sends.e2e.ts): Slate is Discord's box, Lexical Messenger's. The plain
  // textarea is covered by the Twitch fixtures above (the editors' bare textarea page has none of
  // Twitch's markup, so Twitch's rule rightly does not see a chat box there).
  for (const id of ['slate', 'lexical']) {
    it(`${id}: an ordinary message goes at once; a held Enter, "Not now", keeps it unsent; "Send it" sends it exactly once`, async () => {
      const page = await ff.open(pages.find((p) => p.id === id)!);
      await page.waitForFunction(() => (window as unknown as ChatWindow).__chat?.ready === true);
      await tap(page, await find(page, editable));
      await page.keyboard.type(ORDINARY[1]!);
      await page.keyboard.press('Enter');
      await expectNoReminder(page);
      expect(await editorSent(page)).toEqual([ORDINARY[1]]);

      await page.keyboard.type(PHONE);
      await page.keyboard.press('Enter');
      await expectReminder(page, 'personal-info');
      await choose(page, 'cancel');
      await expectReminderGone(page);
      await expectSettled(() => editorSent(page), [ORDINARY[1]], 'nothing sent after "Not now"');
      expect(await editorText(page), '"Not now" leaves the words in the box').toBe(PHONE);
      await tap(page, await find(page, editable));
      await page.keyboard.press('Enter');
      await expectReminder(page, 'personal-info');
      await choose(page, 'continue');
      await expectReminderGone(page);
      await expectSettled(() => editorSent(page), [ORDINARY[1], PHONE], 'sent exactly once after "Send it"');
    });
  }
});
