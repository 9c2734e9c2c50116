/**
 * The reminder as other checks rely on it (issue 2, "The reminder"): a <safe-nudge> element
 * with data-kind, an open shadow root holding [role=alertdialog] and buttons
 * [data-choice=continue|cancel|help]. Playwright locators pierce open shadow roots, so a
 * choice is a real, trusted click on the shadow button.
 */
import { expect, type ExpectStatic } from 'vitest';
import type { Locator, Page } from 'playwright-core';

export type ReminderKind = 'friend-request' | 'image-upload' | 'personal-info';
export type Choice = 'continue' | 'cancel' | 'help';

/** How long a test waits to be sure something did NOT happen (no reminder, no second delivery). */
export const SETTLE_MS = 400;

export const reminder = (page: Page): Locator => page.locator('safe-nudge');

export async function expectReminder(page: Page, kind: ReminderKind): Promise<Locator> {
  const host = reminder(page);
  await host.first().waitFor({ state: 'attached', timeout: 5000 });
  expect(await host.count(), 'one reminder per held action').toBe(1);
  expect(await host.getAttribute('data-kind')).toBe(kind);
  await host.locator('[role=alertdialog]').waitFor({ state: 'visible', timeout: 5000 });
  // Choices are taken once the child could have read it (READY_MS in content/reminder/current.ts).
  await page.locator('safe-nudge[data-ready]').waitFor({ state: 'attached', timeout: 5000 });
  expect(await host.evaluate((el) => el.shadowRoot?.mode), 'the reminder has an open shadow root').toBe('open');
  return host;
}

export async function expectNoReminder(page: Page, settle = SETTLE_MS): Promise<void> {
  await page.waitForTimeout(settle);
  expect(await reminder(page).count(), 'no reminder expected').toBe(0);
}

export async function expectReminderGone(page: Page): Promise<void> {
  await reminder(page).first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
  expect(await reminder(page).count(), 'the reminder should be gone').toBe(0);
}

/** The child's own click on a choice. */
export async function choose(page: Page, choice: Choice): Promise<void> {
  await reminder(page).locator(`[data-choice=${choice}]`).click();
}

/**
 * Wait until `read()` gives `expected`, then wait a little more and check it still does:
 * "exactly once" must not be a second delivery arriving late.
 */
export async function expectSettled<T>(read: () => Promise<T>, expected: T, what: string, { expect: ex = expect }: { expect?: ExpectStatic } = {}): Promise<void> {
  // Tests that run side by side pass their own `expect` (from the test context): expect.poll needs to know its test.
  await ex.poll(read, { timeout: 5000, message: what }).toEqual(expected);
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  ex(await read(), what).toEqual(expected);
}

/** The element that has focus, looking through open shadow roots. */
export const deepActiveElement = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    const chain: string[] = [];
    while (el) {
      chain.push(el.localName + (el.getAttribute('data-choice') ? `[data-choice=${el.getAttribute('data-choice')}]` : ''));
      const inner: Element | null = el.shadowRoot?.activeElement ?? null;
      if (!inner) break;
      el = inner;
    }
    return { chain, choice: el?.getAttribute('data-choice') ?? null, inReminder: chain[0] === 'safe-nudge' };
  });
