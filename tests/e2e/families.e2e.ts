/**
 * Issue 9's families in real Chromium: the browser starts with a family's language list
 * (--accept-lang), UI language (--lang) and time zone (TZ), as their computer would. The
 * popup's first number and the reminder's help card must be their own country's, or the safe
 * fallback (no number but "call your country's emergency number; 112 in the EU"), never a
 * foreign one. One browser per family.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { childHelp } from '../../guidance/child-help.ts';
import { REGIONS } from '../../guidance/contacts.ts';
import { phoneNumbers } from '../../guidance/help.ts';
import { countryOfTimeZone } from '../../guidance/time-zone.ts';
import { browserAvailable, launchWithExtension, resetExtensionStorage, type ExtensionBrowser } from './harness/browser.ts';
import { zooPage } from './harness/fixtures.ts';
import { messagesOf } from './harness/messages.ts';
import { choose, expectReminder, reminder } from './harness/reminder.ts';
import { withRecorder } from './harness/recorder.ts';
import { startServer, type FixtureServer } from './harness/server.ts';

interface Family {
  who: string;
  languages: string;
  ui: string;
  timeZone: string;
  /** The region they should get; INTL = the safe fallback. */
  region: string;
  /** The messages the browser shows them (its UI language; en_GB when there is none of theirs). */
  messages: string;
}

const FAMILIES: Family[] = [
  { who: 'German (de, en-US; Berlin)', languages: 'de,en-US,en', ui: 'de', timeZone: 'Europe/Berlin', region: 'DE', messages: 'de' },
  { who: 'Indian (en-US; Kolkata)', languages: 'en-US,en', ui: 'en-US', timeZone: 'Asia/Kolkata', region: 'INTL', messages: 'en_GB' },
  { who: 'American (en-US; Chicago)', languages: 'en-US,en', ui: 'en-US', timeZone: 'America/Chicago', region: 'US', messages: 'en_GB' },
  { who: 'British (en-GB; London)', languages: 'en-GB,en', ui: 'en-GB', timeZone: 'Europe/London', region: 'GB', messages: 'en_GB' },
  { who: 'Polish (pl, en-US; Warsaw)', languages: 'pl,en-US,en', ui: 'pl', timeZone: 'Europe/Warsaw', region: 'PL', messages: 'pl' },
  { who: 'French (fr, en-GB; Paris)', languages: 'fr,en-GB,en', ui: 'fr', timeZone: 'Europe/Paris', region: 'FR', messages: 'fr' },
];

const emergencyNumbers = (region: string) =>
  (REGIONS[region]?.contacts ?? []).filter((c) => c.emergency && c.phone).flatMap((c) => phoneNumbers(c.phone!));
const EVERY_EMERGENCY_NUMBER = [...new Set(Object.keys(REGIONS).flatMap(emergencyNumbers))];
/** Emergency numbers that are not this region's own (for the fallback: every one but the EU's 112, which it names as the EU's). */
const foreign = (region: string) =>
  EVERY_EMERGENCY_NUMBER.filter((n) => !(region === 'INTL' ? ['112'] : emergencyNumbers(region)).includes(n));
/** Whole numbers as printed ("116 111", "0900-8844", "112"): 111 is not in "116 111". */
const numbersIn = (text: string): string[] => text.match(/\d+(?:[ -]\d+)*/g) ?? [];
const mentions = (text: string, number: string) => numbersIn(text).includes(number);

const available = browserAvailable();
const zoo = zooPage('connect');

describe.skipIf(!available).each(FAMILIES)('$who', (family) => {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  const say = messagesOf(family.messages);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension({
      port: server.port,
      extraArgs: [`--accept-lang=${family.languages}`, `--lang=${family.ui}`],
      env: { TZ: family.timeZone, LANGUAGE: family.ui.replace('-', '_'), LANG: `${family.ui.replace('-', '_')}.UTF-8` },
    });
    await resetExtensionStorage(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const openPopup = async (): Promise<Page> => {
    const page = await browser!.context.newPage();
    await page.goto(`chrome-extension://${browser!.extensionId}/popup.html`);
    await page.locator('.help-group.emergency').first().waitFor();
    // The settings have answered: the picker is no longer waiting.
    await page.locator('#popup-region:not([disabled])').waitFor();
    return page;
  };

  it('the browser reports their languages and time zone', async () => {
    const page = await openPopup();
    const seen = await page.evaluate(() => ({ languages: navigator.languages.join(','), zone: Intl.DateTimeFormat().resolvedOptions().timeZone }));
    // Chromium names some zones the old way (ICU): Asia/Kolkata is reported as Asia/Calcutta.
    expect(countryOfTimeZone(seen.zone)).toBe(countryOfTimeZone(family.timeZone));
    expect(seen.languages.split(',')[0]).toBe(family.languages.split(',')[0]);
    await page.close();
  });

  it('the popup shows their own emergency number first (or the safe fallback), and says why', async () => {
    const page = await openPopup();
    const region = await page.locator('#popup-region').inputValue();
    expect(region).toBe(family.region);
    const danger = await page.locator('.help-group.emergency').innerText();
    const phones = await page.locator('.help-group a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    if (family.region === 'INTL') {
      expect(phones).toEqual([]);
      expect(danger).toContain(say('helpNowLocalEmergency'));
      expect((await page.locator('#popup-region-note').innerText()).trim()).toBe(say('regionWhyFallback'));
    } else {
      expect(phones[0]).toBe(`tel:${emergencyNumbers(family.region)[0]}`);
      expect((await page.locator('#popup-region-note').innerText()).trim()).toBe(say('regionWhyGuess'));
    }
    for (const number of foreign(family.region)) expect(mentions(danger, number), `${number} in "${danger}"`).toBe(false);
    await page.close();
  });

  it("the reminder's help card gives their own number (or the safe line), a line to call where there is one, and never a foreign number", async () => {
    server!.route(zoo.url, withRecorder(zoo.html));
    const page = await browser!.context.newPage();
    await page.goto(zoo.url, { waitUntil: 'load' });
    await page.locator('#add').click();
    await expectReminder(page, 'friend-request');
    await choose(page, 'help');
    const card = reminder(page).locator('#sn-help');
    const expected = childHelp(family.region, say);
    const danger = expected.dangerPhone ? say('helpDanger', expected.dangerPhone) : say('helpDangerAnywhere');
    await expect.poll(() => card.innerText(), { message: `the card says "${danger}"` }).toContain(danger);
    const text = await card.innerText();
    expect(text).toContain(say('helpTalk'));
    expect(text).toContain(say('helpNeverLate'));
    if (expected.helpline) expect(text).toContain(say('helpCall', [expected.helpline.name, expected.helpline.phone!]));
    for (const number of foreign(family.region)) expect(mentions(text, number), `${number} in "${text}"`).toBe(false);
    await page.close();
  });
});
