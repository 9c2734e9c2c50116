/**
 * The browser's i18n API as the pages use it: getMessage and getUILanguage, synchronous in
 * Chrome and Firefox alike, so they need no webextension-polyfill. guidance/i18n.ts reads it
 * through `wxt/browser`; the popup's first-frame script, which must stay small, reads it here.
 */
export interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

export type Translate = (key: string, substitutions?: string | string[]) => string;

/** The message in the reader's language, or its key when there is none (a missing word shows, never a blank). */
export function messageOf(i18n: () => I18nApi | undefined, key: string, substitutions?: string | string[]): string {
  try {
    return i18n()?.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/** The browser's own API: `browser.i18n` in Firefox (and recent Chrome), `chrome.i18n` in Chrome. */
export function nativeI18n(): I18nApi | undefined {
  const scope = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}
