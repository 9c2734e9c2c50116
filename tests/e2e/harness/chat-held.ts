/**
 * A held chat send in either browser: the one scenario the send tests check for a message
 * with a detail in it (Chromium: chat-page.ts, Playwright; Firefox: chat-page-firefox.ts,
 * puppeteer), written once over what both can do; and the family's details to protect that
 * the own-details tests of both browsers store (own-details.e2e.ts, firefox/own-details.firefox.e2e.ts).
 */
import { expect } from 'vitest';
import { expectSettled, type Choice, type ReminderKind } from './reminder.ts';

/** A parent's list, as the options page stores it (storage.local `protectedDetails`). */
export const FAMILY = [
  { kind: 'school', value: 'Oakfield Primary School' },
  { kind: 'postcode', value: 'LS6 2QT' },
  { kind: 'surname', value: 'Kowalski' },
];
export const SPACED_POSTCODE = 'my postcode is L S 6 2 Q T';
export const MISSPELLED_SCHOOL = 'i go to oakfeild primary';

/** A chat fixture's message box and the reminder over it, in one browser's terms. */
export interface ChatBox {
  focusBox(): Promise<void>;
  pressEnter(): Promise<void>;
  /** What the site's send code (harness/chat.ts SITE_SEND) has sent, in order. */
  sent(): Promise<string[]>;
  boxText(): Promise<string>;
  title(): Promise<string | null>;
  expectReminder(kind: ReminderKind): Promise<void>;
  choose(choice: Choice): Promise<void>;
  expectReminderGone(): Promise<void>;
}

/**
 * `text` is in the box, after `before` was sent: Enter is held with `title`; "Not now" sends
 * nothing and keeps the words in the box; Enter again and "Send it" sends them exactly once.
 */
export async function expectHeldThenSentOnceIn(box: ChatBox, text: string, title: string, before: string[] = []): Promise<void> {
  await box.pressEnter();
  await box.expectReminder('personal-info');
  expect(await box.title()).toBe(title);
  expect(await box.sent(), 'nothing sent while held').toEqual(before);
  await box.choose('cancel');
  await box.expectReminderGone();
  await expectSettled(() => box.sent(), before, 'nothing sent after "Not now"');
  expect(await box.boxText(), '"Not now" leaves the words in the box').toBe(text);

  await box.focusBox();
  await box.pressEnter();
  await box.expectReminder('personal-info');
  await box.choose('continue');
  await box.expectReminderGone();
  await expectSettled(() => box.sent(), [...before, text], 'sent exactly once after "Send it"');
}
