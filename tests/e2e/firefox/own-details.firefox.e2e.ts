/**
 * The family's own details to protect (issue 12) in real Firefox ESR with the Firefox build, as
 * in Chromium (tests/e2e/own-details.e2e.ts): the parent's list is in the extension's
 * storage.local (written from the extension's own background page, as the options page writes
 * it), the child types a detail in a chat fixture served at the site's real address
 * (harness/chat.ts), and Enter is held with the words that name it; "Not now" sends nothing
 * and keeps the words in the box; "Send it" sends them exactly once. A list added while the
 * chat is open counts at the next send, and a detail removed no longer pauses. Keys and clicks
 * are WebDriver input actions: trusted, like a child's.
 */
import { describe, expect, it } from 'vitest';
import { expectNoReminder, useFirefox } from '../harness/firefox-e2e.ts';
import { chatFixtures } from '../harness/chat.ts';
import { FAMILY, MISSPELLED_SCHOOL, SPACED_POSTCODE } from '../harness/chat-held.ts';
import { expectHeldThenSentOnce, sent, typeInBox } from '../harness/chat-page-firefox.ts';
import { expectSettled } from '../harness/reminder.ts';

const ff = useFirefox();
/** Long enough for the chat check's storage listener to see a changed list (as in Chromium). */
const LIST_CHANGED_MS = 200;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!ff.available)("Firefox: the family's own details to protect", () => {
  const fixtures = chatFixtures();
  const site = (id: string) => fixtures.find((f) => f.name.startsWith(`${id}/`))!;

  it('whatsapp: holds Enter on the postcode typed spaced out, names it; "Not now" keeps it unsent; "Send it" sends it once', async () => {
    await ff.setStorage({ protectedDetails: FAMILY });
    const page = await ff.open(site('whatsapp'));
    await typeInBox(page, SPACED_POSTCODE);
    await expectHeldThenSentOnce(page, SPACED_POSTCODE, 'This message has your postcode in it.');
  });

  it('discord: a list added while the chat is open counts at once; the school misspelt a little is named, held and sent once', async () => {
    const page = await ff.open(site('discord'));
    await typeInBox(page, 'hi');
    await page.keyboard.press('Enter');
    await expectSettled(() => sent(page), ['hi'], 'ordinary message sent');
    await ff.setStorage({ protectedDetails: FAMILY });
    await wait(LIST_CHANGED_MS);
    await typeInBox(page, MISSPELLED_SCHOOL);
    await expectHeldThenSentOnce(page, MISSPELLED_SCHOOL, "This message has your school's name in it.", ['hi']);
  });

  it('whatsapp: ordinary messages go, and a detail removed from the list no longer pauses', async () => {
    await ff.setStorage({ protectedDetails: FAMILY });
    const page = await ff.open(site('whatsapp'));
    await typeInBox(page, 'the primary school fair is on saturday');
    await page.keyboard.press('Enter');
    await expectNoReminder(page);
    await ff.setStorage({ protectedDetails: [] });
    await wait(LIST_CHANGED_MS);
    await typeInBox(page, SPACED_POSTCODE);
    await page.keyboard.press('Enter');
    await expectNoReminder(page);
    expect(await sent(page)).toEqual(['the primary school fair is on saturday', SPACED_POSTCODE]);
  });
});
