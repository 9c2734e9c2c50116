/**
 * Every piece of UI text comes from `public/_locales/<lang>/messages.json` through
 * `browser.i18n`, so the reminder, the popup and the options page speak the same words.
 */
import { browser } from 'wxt/browser';

export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key as never, substitutions) || key;
  } catch {
    return key;
  }
}
