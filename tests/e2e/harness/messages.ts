/** The extension's words as a browser in a given UI language shows them (Chrome's placeholder rules), for expected texts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

export function messagesOf(locale = 'en_GB'): (key: string, substitutions?: string | string[]) => string {
  const messages = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', locale, 'messages.json'), 'utf8')) as Record<string, Entry>;
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message
      .replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
        const placeholder = Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
        return placeholder ? placeholder[1].content : '';
      })
      .replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}
