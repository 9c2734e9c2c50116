/**
 * The chat check's phone-number metadata leaves out the countries' number formats, which only
 * formatting reads (scripts/chat/phone-metadata.mjs). Parsing must not notice: every number
 * below, in every way a child writes it and read against every country the check tries, parses
 * to the same country, national number, validity, possibility and type with the shipped
 * metadata as with the same countries' metadata formats and all.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import { COUNTRIES, FORMATS, subset } from '../../scripts/chat/phone-metadata.mjs';
import shipped from '../../chat/personal/phone-metadata.json';
import { FALLBACK_COUNTRIES } from '../../chat/personal/phone';

const require = createRequire(import.meta.url);
const max = require('libphonenumber-js/metadata.max.json') as MetadataJson & { countries: Record<string, unknown[]> };
const examples = require('libphonenumber-js/examples.mobile.json') as Record<string, string>;
const SHIPPED = shipped as unknown as MetadataJson;
const WITH_FORMATS = subset(max, COUNTRIES, { formats: true }) as MetadataJson;

/** A small seeded generator, so a failure names numbers that come back on the next run. */
function digitsFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * 10);
  };
}

/** A country's example mobile number, then variants: last digits changed, a digit more, a digit less. */
function nationalNumbers(country: string, next: () => number): string[] {
  const example = examples[country];
  if (!example) return [];
  const out = [example, example.slice(0, -1), `${example}${next()}`];
  for (let i = 0; i < 12; i++) out.push(example.slice(0, -3) + next() + next() + next());
  for (let i = 0; i < 6; i++) out.push(example.slice(0, 2) + Array.from({ length: example.length - 2 }, next).join(''));
  return out;
}

/** Each country's numbers as a child would write them: bare, with a trunk 0, with "+" and "00" and its code. */
function writings(): string[] {
  const next = digitsFrom(20261203);
  const out = new Set<string>();
  for (const country of COUNTRIES) {
    const code = (max.countries[country] as [string])[0];
    for (const national of nationalNumbers(country, next)) out.add(national).add(`0${national}`).add(`+${code}${national}`).add(`00${code}${national}`);
  }
  return [...out];
}

function answer(digits: string, country: CountryCode, metadata: MetadataJson) {
  const parsed = parsePhoneNumberFromString(digits, country, metadata);
  if (!parsed) return null;
  return { country: parsed.country, national: parsed.nationalNumber, valid: parsed.isValid(), possible: parsed.isPossible(), type: parsed.getType() };
}

describe('the phone-number metadata without formats', () => {
  it('leaves out only the formats: every other field of every country is kept', () => {
    const full = WITH_FORMATS as unknown as { countries: Record<string, unknown[]>; country_calling_codes: unknown };
    const cut = SHIPPED as unknown as typeof full;
    expect(cut.country_calling_codes).toEqual(full.country_calling_codes);
    expect(Object.keys(cut.countries).sort()).toEqual(Object.keys(full.countries).sort());
    for (const [country, fields] of Object.entries(full.countries)) {
      expect(cut.countries[country]!.map((field, i) => (i === FORMATS ? 'formats' : field))).toEqual(fields.map((field, i) => (i === FORMATS ? 'formats' : field)));
    }
  });

  it('parses every number as the metadata with formats does', () => {
    const numbers = writings();
    const defaults = [...new Set<CountryCode>([...(COUNTRIES as CountryCode[]), ...FALLBACK_COUNTRIES])];
    const differences: string[] = [];
    let valid = 0;
    for (const digits of numbers) {
      for (const country of defaults) {
        const expected = JSON.stringify(answer(digits, country, WITH_FORMATS));
        if (JSON.stringify(answer(digits, country, SHIPPED)) !== expected) differences.push(`${digits} in ${country}`);
        if (expected.includes('"valid":true')) valid++;
      }
    }
    expect(differences).toEqual([]);
    // Not a test of nothing: 1,584 numbers against 19 countries, about 16,000 answers valid.
    expect(numbers.length).toBeGreaterThan(1500);
    expect(valid).toBeGreaterThan(10000);
  });
});
