/**
 * Opening the extension's own pages (popup, options, welcome) in real Chromium, as a browser
 * set to a given language would, and checking them with axe-core.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { E2E } from './harness/index.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A time zone of the locale's own country, so the page's region guess agrees with it. */
const ZONE_OF: Record<string, string> = {
  'en-GB': 'Europe/London', 'en-US': 'America/New_York', 'en-AU': 'Australia/Sydney', 'en-NZ': 'Pacific/Auckland',
  'en-IE': 'Europe/Dublin', 'en-CA': 'America/Toronto', 'de-DE': 'Europe/Berlin', 'fr-FR': 'Europe/Paris',
};

/**
 * A page of the extension with the browser's languages set to `locale` (what navigator.languages
 * and Intl report, as with Chromium's --lang) and its time zone to one of that country (the
 * region guess reads both), before any script of the page runs.
 */
export async function openExtensionPage(e2e: E2E, path: string, locale = 'en-GB', timeZone = ZONE_OF[locale]): Promise<Page> {
  const { context, extensionId } = e2e.browser();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const userAgent = (await cdp.send('Browser.getVersion')).userAgent;
  await cdp.send('Network.setUserAgentOverride', { userAgent, acceptLanguage: locale });
  await cdp.send('Emulation.setLocaleOverride', { locale });
  if (timeZone) await cdp.send('Emulation.setTimezoneOverride', { timezoneId: timeZone });
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical axe-core violations (WCAG 2.x A and AA rules plus best practices). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the debugger protocol, so the extension's script-src 'self' doesn't block it.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
