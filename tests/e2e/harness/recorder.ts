/** The page-side recorder (recorder.page.js) and typed ways to read it from a test. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from './paths.ts';

export const RECORDER_SOURCE = readFileSync(join(ROOT, 'tests', 'e2e', 'harness', 'recorder.page.js'), 'utf8');

export interface Delivery {
  type: 'click' | 'change' | 'drop' | 'paste';
  where: string;
  trusted: boolean | null;
  names?: string[];
  types?: string[];
  text?: string;
}

/**
 * Put the recorder before anything else in the page: after <head> if there is one, else
 * after the leading comments, doctype and <html> tag (the parser then opens <head> for it).
 */
export function withRecorder(html: string): string {
  const tag = `<script>${RECORDER_SOURCE}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  const lead = /^(\s*(<!--[\s\S]*?-->|<!doctype[^>]*>|<html(\s[^>]*)?>)\s*)*/i.exec(html);
  const at = lead ? lead[0].length : 0;
  return html.slice(0, at) + tag + html.slice(at);
}

/** Clicks the page's own handler has seen on this marked control. */
export const clicksOn = (control: Locator): Promise<number> =>
  control.evaluate((el) => (window as unknown as { __sn: { clicksOn(e: Element): number } }).__sn.clicksOn(el));

export const deliveries = (page: Page, type: Delivery['type'], where?: string): Promise<Delivery[]> =>
  page.evaluate(
    ([t, w]) => (window as unknown as { __sn: { deliveries(t: string, w?: string): Delivery[] } }).__sn.deliveries(t, w),
    [type, where] as const,
  );

export const keysFromReminder = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __sn: { keysFromReminder: string[] } }).__sn.keysFromReminder);
