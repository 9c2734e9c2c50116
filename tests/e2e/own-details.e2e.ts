/**
 * The family's own details to protect (issue 12), in real Chromium with the built extension:
 * the parent's list is in storage.local, the child types one of the details spaced out in a
 * chat fixture (tests/fixtures/chat, served at the site's real address), and Enter is held with
 * the words that name it. "Not now" keeps the words unsent in the box; "Send it" sends them once.
 * The same in Firefox: firefox/own-details.firefox.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, expectNoReminder, expectReminder, expectSettled, useE2E } from './harness/index.ts';
import { chatFixtures } from './harness/chat.ts';
import { expectHeldThenSentOnce, reminderTitle, sent, typeInBox } from './harness/chat-page.ts';
import { FAMILY, MISSPELLED_SCHOOL, SPACED_POSTCODE } from './harness/chat-held.ts';

const e2e = useE2E();

const title = reminderTitle;

describe.skipIf(!e2e.available)("the family's own details to protect (Chromium)", () => {
  const fixtures = chatFixtures();
  const whatsapp = () => fixtures.find((f) => f.name.startsWith('whatsapp/'))!;

  it('holds Enter on the postcode typed spaced out, names it; "Not now" keeps it; "Send it" sends it once', async () => {
    const page = await e2e.open(whatsapp());
    await e2e.setStorage({ protectedDetails: FAMILY });
    await typeInBox(page, SPACED_POSTCODE);
    await expectHeldThenSentOnce(page, SPACED_POSTCODE, 'This message has your postcode in it.');
  });

  it('names the school misspelled a little, on another site; a list added while the chat is open counts at once', async () => {
    const page = await e2e.open(fixtures.find((f) => f.name.startsWith('discord/')) ?? fixtures[1]!);
    await typeInBox(page, 'hi');
    await page.keyboard.press('Enter');
    await expectSettled(() => sent(page), ['hi'], 'ordinary message sent');
    await e2e.setStorage({ protectedDetails: FAMILY });
    await page.waitForTimeout(200);
    await typeInBox(page, MISSPELLED_SCHOOL);
    await page.keyboard.press('Enter');
    await expectReminder(page, 'personal-info');
    expect(await title(page)).toBe("This message has your school's name in it.");
    await choose(page, 'continue');
    await expectSettled(() => sent(page), ['hi', MISSPELLED_SCHOOL], 'sent exactly once after "Send it"');
  });

  it('lets ordinary messages go, and a detail removed from the list no longer pauses', async () => {
    const page = await e2e.open(whatsapp());
    await e2e.setStorage({ protectedDetails: FAMILY });
    await typeInBox(page, 'the primary school fair is on saturday');
    await page.keyboard.press('Enter');
    await e2e.setStorage({ protectedDetails: [] });
    await page.waitForTimeout(200);
    await typeInBox(page, SPACED_POSTCODE);
    await page.keyboard.press('Enter');
    await expectNoReminder(page);
    expect(await sent(page)).toEqual(['the primary school fair is on saturday', SPACED_POSTCODE]);
  });
});
