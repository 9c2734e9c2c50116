/**
 * The popup in real Chromium: for a browser set to en-GB, en-US or en-AU (with a time zone of
 * that country) it shows that country's help with its emergency number first, and has no
 * serious or critical axe-core violations, with every section open. (Families whose languages
 * and time zone disagree: tests/e2e/families.e2e.ts.)
 */
import { cpus, loadavg } from 'node:os';
import { describe, expect, it } from 'vitest';
import { useE2E } from './harness/index.ts';
import { openExtensionPage, seriousViolations } from './extension-page.ts';

const e2e = useE2E();

const CASES = [
  { locale: 'en-GB', first: 'tel:999', others: ['tel:911', 'tel:000'] },
  { locale: 'en-US', first: 'tel:911', others: ['tel:999', 'tel:000'] },
  { locale: 'en-AU', first: 'tel:000', others: ['tel:999', 'tel:911'] },
];

describe.skipIf(!e2e.available)('popup', () => {
  for (const { locale, first, others } of CASES) {
    it(`${locale}: that country's help, emergency number first, and no serious axe violations`, async () => {
      const page = await openExtensionPage(e2e, 'popup.html', locale);
      const help = page.getByRole('region', { name: 'Get help now' });
      await help.getByRole('link').first().waitFor();
      const phones = await help.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(phones[0]).toBe(first);
      for (const other of others) expect(phones).not.toContain(other);

      // Every section open, so axe checks all of it.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const violations = await seriousViolations(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      await page.close();
    });
  }

  // The 100 ms goal is a speed figure, measured and reported here and in docs/performance.md;
  // a timing assertion that depends on the machine's load does not gate npm test. The test
  // still fails on a gross regression (a heavy dependency, a network wait, a blocking read).
  it('opens fast: help on screen soon after the page arrives (median of 5 opens, goal 100 ms)', async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await e2e.browser().context.newPage();
      // Notes the moment the emergency help (a number, or the fallback's line) is in the
      // document, before any popup script runs. (Cold first opens: npm run bench:popup.)
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('.help-group.emergency a[href^="tel:"], .help-group.emergency .emergency-note')) return;
          (globalThis as { helpShownAt?: number }).helpShownAt = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`chrome-extension://${e2e.browser().extensionId}/popup.html`);
      await page.locator('.help-group.emergency').first().waitFor();
      times.push(
        await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return (globalThis as { helpShownAt?: number }).helpShownAt! - nav.responseEnd;
        }),
      );
      await page.close();
    }
    const median = [...times].sort((a, b) => a - b)[2]!;
    const busy = loadavg()[0]! > cpus().length;
    console.info(`popup help shown after (ms): ${times.map((t) => t.toFixed(0)).join(', ')}; median ${median.toFixed(0)} (goal 100)${busy ? ' (busy machine)' : ''}`);
    expect(median).toBeLessThan(1000);
  });

  it('the first frame (plain script, no Preact) is taken over in place: same nodes, same words, nothing moves, help once', async () => {
    const page = await e2e.browser().context.newPage();
    const cdp = await e2e.browser().context.newCDPSession(page);
    const userAgent = (await cdp.send('Browser.getVersion')).userAgent;
    await cdp.send('Network.setUserAgentOverride', { userAgent, acceptLanguage: 'en-GB' });
    await cdp.send('Emulation.setLocaleOverride', { locale: 'en-GB' });
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Europe/London' });
    // A British family with no region remembered from an earlier popup; then the moment the help
    // is in the document (the first-frame script), before any popup module runs.
    await page.addInitScript(() => {
      localStorage.removeItem('safe-nudge:last-region');
      new MutationObserver((_, observer) => {
        const link = document.querySelector<HTMLAnchorElement>('.help-group.emergency a[href^="tel:"]');
        if (!link) return;
        observer.disconnect();
        const help = document.querySelector('section[aria-labelledby="help-now"]')!;
        Object.assign(globalThis, {
          firstFrame: {
            link,
            top: link.getBoundingClientRect().top,
            text: help.textContent,
            picker: document.querySelector<HTMLSelectElement>('#popup-region')?.disabled,
            advice: document.querySelectorAll('h2').length,
            styled: getComputedStyle(document.body).width,
          },
        });
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`chrome-extension://${e2e.browser().extensionId}/popup.html`);
    // The popup has taken over: advice below the help, the picker usable.
    await page.getByRole('heading', { level: 2, name: 'Advice for parents' }).waitFor();
    await page.locator('#popup-region:not([disabled])').waitFor();
    const seen = await page.evaluate(() => {
      const first = (globalThis as { firstFrame?: { link: HTMLAnchorElement; top: number; text: string; picker?: boolean; advice: number; styled: string } }).firstFrame!;
      const help = document.querySelector('section[aria-labelledby="help-now"]')!;
      return {
        ...first,
        link: undefined,
        label: first.link.getAttribute('aria-label')!,
        sameNode: first.link.isConnected && first.link === document.querySelector('.help-group.emergency a[href^="tel:"]'),
        topAfter: first.link.getBoundingClientRect().top,
        textAfter: help.textContent,
      };
    });
    expect(seen.picker).toBe(true);
    expect(seen.advice).toBe(1);
    expect(seen.styled).toBe('380px');
    expect(seen.sameNode).toBe(true);
    expect(seen.topAfter).toBe(seen.top);
    expect(seen.textAfter).toBe(seen.text);
    // In the accessibility tree once.
    expect(await page.getByRole('region', { name: 'Get help now' }).count()).toBe(1);
    expect(seen.label).toBe('Call Police emergency on 999');
    expect(await page.getByRole('link', { name: seen.label, exact: true }).count()).toBe(1);
    await page.close();
  });

  it('remembers a region chosen in the popup', async () => {
    const page = await openExtensionPage(e2e, 'popup.html', 'en-GB');
    await page.locator('#popup-region:not([disabled])').waitFor();
    await page.getByLabel('Help for').selectOption('NZ');
    await page.reload();
    await page.getByRole('link', { name: /Call Emergency on 111/ }).waitFor();
    expect((await page.locator('#popup-region-note').innerText()).trim()).toBe('Chosen by you.');
    await page.close();
  });
});
