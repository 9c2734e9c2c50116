/**
 * Unit tests run against WXT's fake browser. It has no i18n, so messages are served from the
 * default locale's messages.json, with Chrome's placeholder rules.
 *
 * The page script loads the reminder UI from the extension by URL (content/reminder-import.ts);
 * here it gets the same UI from the tests' own module graph instead. A test may replace the
 * loader (vi.mocked(importReminderUI).mockImplementation), as reminder-loader.test.ts does.
 */
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../public/_locales/en_GB/messages.json';

vi.mock('../../content/reminder-import', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../content/reminder-import')>()),
  importReminderUI: vi.fn(async () => (await import('../../content/reminder/ui')).ui),
}));

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, Entry>)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const withNamed = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const placeholder = Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
    return placeholder ? placeholder[1].content : '';
  });
  return withNamed.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser.i18n as { getMessage: unknown }).getMessage = getMessage;
  (fakeBrowser.i18n as { getUILanguage: unknown }).getUILanguage = () => 'en-GB';
});
