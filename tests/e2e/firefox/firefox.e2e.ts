/**
 * The Firefox build (.output/firefox-mv2) in real Firefox ESR, installed as a temporary add-on,
 * on pages served under the sites' real host names (harness/firefox.ts):
 * - a friend request held; "not now" delivers nothing; "continue" delivers exactly one click;
 *   Enter on the focused control held the same way; every site fixture's first connect control
 *   held and delivered once, its first look-alike not nudged and delivered once;
 * - a photo chosen in a file input (light DOM and open shadow root) held, then delivered once
 *   or the input emptied; a pasted photo held, then delivered once; a text paste untouched;
 * - the popup shows the family's help (its first link the emergency number);
 * - nothing leaves the device: every request that reached the (local) network was a page's own.
 * Drops are tested in Chromium only: Firefox's WebDriver ends a drag without a drop.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  choose, chooseFiles, clicksOn, deliveries, expectNoReminder, expectReminder, expectReminderGone, find,
  pastePhoto, pasteText, tap, useFirefox,
} from '../harness/firefox-e2e.ts';
import { hasDisplay } from '../harness/firefox.ts';
import { siteFixtures, zooPage, type Fixture } from '../harness/fixtures.ts';
import { testFiles } from '../harness/files.ts';
import { expectSettled } from '../harness/reminder.ts';

const ff = useFirefox();
const files = testFiles();
const connect = zooPage('connect');
const uploads = zooPage('uploads');

const names = async (page: Page, type: 'change' | 'paste', where: string) => (await deliveries(page, type, where)).map((d) => d.names);
const inputFiles = (page: Page, where: string) =>
  page.evaluate((w) => (window as unknown as { __zoo: { inputs: Record<string, HTMLInputElement> } }).__zoo.inputs[w]?.files?.length ?? -1, where);

describe.skipIf(!ff.available)('Firefox: connecting with a person', () => {
  it('a friend click is held; not now delivers nothing; continue delivers exactly one', async () => {
    const page = await ff.open(connect);
    await tap(page, await find(page, '#add'));
    await expectReminder(page, 'friend-request');
    expect(await clicksOn(page, '#add'), 'nothing reaches the page while held').toBe(0);
    await choose(page, 'cancel');
    await expectReminderGone(page);
    await expectSettled(() => clicksOn(page, '#add'), 0, 'not now delivers nothing');

    await tap(page, await find(page, '#add'));
    await expectReminder(page, 'friend-request');
    await choose(page, 'continue');
    await expectReminderGone(page);
    await expectSettled(() => clicksOn(page, '#add'), 1, 'continue delivers exactly one click');
  });

  it('Enter on the focused control is held; continue delivers one', async () => {
    const page = await ff.open(connect);
    await page.focus('#search');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('add');
    await page.keyboard.press('Enter');
    await expectReminder(page, 'friend-request');
    await choose(page, 'continue');
    await expectSettled(() => clicksOn(page, '#add'), 1, 'delivered once after continue');
  });

  it('the look-alike is not nudged and arrives once', async () => {
    const page = await ff.open(connect);
    await tap(page, await find(page, '#message'));
    await expectNoReminder(page);
    expect(await clicksOn(page, '#message')).toBe(1);
  });

  it('one fixture per site: a look-alike delivered once, untouched; a connect control held, then delivered once', async () => {
    const tally = { held: 0, positives: 0, nudged: 0, lookalikes: 0 };
    const failures: string[] = [];
    // The first fixture of each site that has a connect control we claim to hold (Chromium runs
    // them all, known misses included: sites.e2e.ts).
    const sample = new Map<string, Fixture>();
    const claimed = (html: string) => html.includes('data-sn-expect="friend-request"') && !html.includes('data-sn-known-miss');
    for (const fixture of siteFixtures()) if (!sample.has(fixture.site) && claimed(fixture.html)) sample.set(fixture.site, fixture);
    for (const fixture of sample.values()) {
      const page = await ff.open(fixture);
      const clickTarget = async (selector: string) => {
        const control = (await page.$(selector))!;
        return (await control.$('[data-sn-click]')) ?? control;
      };
      try {
        const lookalike = '[data-sn-expect="none"]';
        if (await page.$(lookalike)) {
          tally.lookalikes++;
          await tap(page, await clickTarget(lookalike));
          await new Promise((r) => setTimeout(r, 300));
          if (await page.$('safe-nudge')) tally.nudged++;
          await expectNoReminder(page, 0);
          await expectSettled(() => clicksOn(page, lookalike), 1, `${fixture.name} look-alike: delivered once`);
        }
        const positive = '[data-sn-expect="friend-request"]';
        tally.positives++;
        await tap(page, await clickTarget(positive));
        await expectReminder(page, 'friend-request');
        tally.held++;
        await choose(page, 'continue');
        await expectReminderGone(page);
        await expectSettled(() => clicksOn(page, positive), 1, `${fixture.name}: delivered once`);
      } catch (error) {
        failures.push(`${fixture.name}: ${(error as Error).message.split('\n')[0]}`);
      }
      await page.close();
    }
    console.info(`\n  [firefox corpus] ${sample.size} fixtures: held ${tally.held}/${tally.positives}, look-alikes nudged ${tally.nudged}/${tally.lookalikes}\n`);
    expect(failures).toEqual([]);
    expect(tally.positives).toBeGreaterThan(12);
  }, 180_000);
});

describe.skipIf(!ff.available)('Firefox: sharing a photo', () => {
  it('a photo chosen in a file input is held; continue delivers it once', async () => {
    const page = await ff.open(uploads);
    await chooseFiles(await find(page, '#visible-input'), [files.png]);
    await expectReminder(page, 'image-upload');
    expect(await deliveries(page, 'change', 'visible'), 'nothing reaches the page while held').toEqual([]);
    await choose(page, 'continue');
    await expectReminderGone(page);
    await expectSettled(() => names(page, 'change', 'visible'), [['photo.png']], 'delivered once');
  });

  it('not now: nothing delivered and the input is emptied', async () => {
    const page = await ff.open(uploads);
    await chooseFiles(await find(page, '#visible-input'), [files.jpg]);
    await expectReminder(page, 'image-upload');
    await choose(page, 'cancel');
    await expectReminderGone(page);
    await expectSettled(() => names(page, 'change', 'visible'), [], 'nothing delivered');
    expect(await inputFiles(page, 'visible'), 'input.files is empty').toBe(0);
  });

  it('a PDF passes untouched, once', async () => {
    const page = await ff.open(uploads);
    await chooseFiles(await find(page, '#visible-input'), [files.pdf]);
    await expectNoReminder(page);
    await expectSettled(() => names(page, 'change', 'visible'), [['homework.pdf']], 'PDF delivered once');
  });

  it('an input inside an open shadow root, opened by its button: held; continue delivers once', async () => {
    const page = await ff.open(uploads);
    await tap(page, await find(page, '#shadow-host >>> #open-shadow'));
    await chooseFiles(await find(page, '#shadow-host >>> #shadow-input'), [files.png]);
    await expectReminder(page, 'image-upload');
    await choose(page, 'continue');
    await expectReminderGone(page);
    await expectSettled(() => names(page, 'change', 'shadow'), [['photo.png']], 'delivered once');
  });

  it('an input inside an open shadow root, opened by its button: not now empties it', async () => {
    const page = await ff.open(uploads);
    await tap(page, await find(page, '#shadow-host >>> #open-shadow'));
    await chooseFiles(await find(page, '#shadow-host >>> #shadow-input'), [files.jpg]);
    await expectReminder(page, 'image-upload');
    await choose(page, 'cancel');
    await expectReminderGone(page);
    await expectSettled(() => names(page, 'change', 'shadow'), [], 'nothing delivered');
    expect(await inputFiles(page, 'shadow')).toBe(0);
  });

  describe.skipIf(!hasDisplay())('paste (needs the harness display: headless Firefox keeps only text on its clipboard)', () => {
    it('a pasted photo is held; continue delivers it once', async () => {
      const page = await ff.open(uploads);
      await pastePhoto(page, await find(page, '#pastebox'), files.pngBytes);
      await expectReminder(page, 'image-upload');
      expect(await deliveries(page, 'paste', 'paste')).toEqual([]);
      await choose(page, 'continue');
      await expectReminderGone(page);
      await expectSettled(async () => (await deliveries(page, 'paste', 'paste')).map((d) => d.types), [['image/png']], 'pasted photo delivered once');
    });

    it('not now: the pasted photo is not delivered', async () => {
      const page = await ff.open(uploads);
      await pastePhoto(page, await find(page, '#pastebox'), files.pngBytes);
      await expectReminder(page, 'image-upload');
      await choose(page, 'cancel');
      await expectReminderGone(page);
      await expectSettled(() => names(page, 'paste', 'paste'), [], 'nothing delivered');
    });
  });

  it('a text paste passes untouched, once', async () => {
    const page = await ff.open(uploads);
    await pasteText(page, await find(page, '#pastebox'), 'hello');
    await expectNoReminder(page);
    await expectSettled(async () => (await deliveries(page, 'paste', 'paste')).map((d) => d.text), ['hello'], 'text paste delivered once');
  });
});

describe.skipIf(!ff.available)('Firefox: the popup', () => {
  it("shows the family's help, emergency number first (browser set to en-GB)", async () => {
    await ff.firefox().openExtensionPage('/popup.html');
    let phones: string[] = [];
    await expect
      .poll(async () => (phones = await ff.firefox().inExtension<string[]>('return [...document.querySelectorAll(\'a[href^="tel:"]\')].map((a) => a.getAttribute("href"));')), {
        message: 'the popup shows phone links',
      })
      .not.toEqual([]);
    expect(phones[0]).toBe('tel:999');
    const heading = await ff.firefox().inExtension<string>('return document.body.innerText;');
    expect(heading).toContain('Get help now');
  });
});

/**
 * What Firefox itself fetches, with or without any extension (every host name resolves to the
 * test server). Nothing else that reaches the network is allowed.
 */
const FIREFOX_OWN = [
  // The tab's icon: the browser asks the site for it on the page's behalf.
  /^[^/]+\/favicon\.ico$/,
  // Firefox's remote settings sync (blocklists, certificates), started by the browser; ESR 140
  // does not let a profile pref move it away outside Mozilla's own test builds.
  /^firefox\.settings\.services\.mozilla\.com\/v1\//,
];

describe.skipIf(!ff.available)('Firefox: nothing leaves the device', () => {
  it('every request that reached the network was a page of the tests (or its icon); a request by the extension would be seen', async () => {
    // A held action with "get help" (the reminder asks the background for the region's help).
    const page = await ff.open(connect);
    await tap(page, await find(page, '#add'));
    await expectReminder(page, 'friend-request');
    await choose(page, 'help');
    await new Promise((r) => setTimeout(r, 300));
    await choose(page, 'continue');
    await expectReminderGone(page);
    await new Promise((r) => setTimeout(r, 1000));

    const unexplained = ff.server().requests.filter((key) => !ff.pageRequests.has(key) && !FIREFOX_OWN.some((re) => re.test(key)));
    expect(unexplained, 'requests that reached the network but no page made').toEqual([]);
    expect(ff.pageRequests.size).toBeGreaterThan(5);

    // Control: the net catches what the extension would send (any host name resolves to the server).
    // A fetch is refused by the extension pages' CSP (connect-src 'self'); an image is not (as in network.e2e.ts).
    expect(await ff.firefox().inExtension<string>("return fetch('https://control.example/from-extension').then(() => 'sent', () => 'refused');")).toBe('refused');
    await ff.firefox().inExtension("new Image().src = 'https://control.example/image-from-extension'; return true;");
    await expect.poll(() => ff.server().requests.includes('control.example/image-from-extension')).toBe(true);
    expect(ff.server().requests).not.toContain('control.example/from-extension');
  });
});
