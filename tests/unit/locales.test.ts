/** Every language has every message, none empty, with the same placeholders as English (UK). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHILD_RULES, GROOMING_SIGNS, PARENT_ADVICE, PICTURE_SHARED } from '../../guidance/advice';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const DIR = join(__dirname, '../../public/_locales');
const load = (locale: string): Messages => JSON.parse(readFileSync(join(DIR, locale, 'messages.json'), 'utf8'));
const english = load('en_GB');
const locales = readdirSync(DIR);
const used = (text: string) => [...text.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toUpperCase()).sort();

describe('locales', () => {
  it('has English (UK) plus Spanish, French, German, Polish and Welsh', () => {
    expect(locales.sort()).toEqual(expect.arrayContaining(['cy', 'de', 'en_GB', 'es', 'fr', 'pl']));
  });

  it.each(locales)('%s has every key, no extra key and no empty message', (locale) => {
    const messages = load(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), `${locale}/${key}`).not.toBe('');
    }
  });

  it.each(locales)('%s uses the same placeholders as English, each defined', (locale) => {
    for (const [key, entry] of Object.entries(load(locale))) {
      expect(used(entry.message), `${locale}/${key}`).toEqual(used(english[key]!.message));
      const defined = Object.keys(entry.placeholders ?? {}).map((name) => name.toUpperCase());
      for (const name of used(entry.message)) expect(defined, `${locale}/${key}`).toContain(name);
    }
  });

  it('has a message for every advice key', () => {
    const keys = [...PARENT_ADVICE.flatMap((point) => [point.title, point.body]), ...GROOMING_SIGNS, ...PICTURE_SHARED, ...CHILD_RULES];
    for (const key of keys) expect(english[key], key).toBeDefined();
  });

  it('names each language in its "lang" message', () => {
    for (const locale of locales) expect(load(locale).lang?.message).toBe(locale.replace('_', '-'));
  });
});
