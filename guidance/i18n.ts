/**
 * Every piece of UI text comes from `public/_locales/<lang>/messages.json` through
 * `browser.i18n`, so the reminder, the popup and the options page speak the same words.
 */
import { browser } from 'wxt/browser';
import { messageOf, type I18nApi } from './i18n-api';

export function t(key: string, substitutions?: string | string[]): string {
  return messageOf(() => browser.i18n as unknown as I18nApi, key, substitutions);
}
