#!/usr/bin/env node
/**
 * Writes chat/personal/phone-metadata.json: libphonenumber-js's full ("max") metadata cut
 * to the countries Safe Nudge's families are in or whose languages it reads, so the lazily loaded
 * chat check carries ~16 KB of number plans instead of 157 KB (countries cut, and what only
 * formatting reads). Numbers of other countries are still caught when written with their "+"
 * code (chat/personal/phone.ts).
 *
 *   node scripts/chat/phone-metadata.mjs          (write)
 *   node scripts/chat/phone-metadata.mjs --check  (fail if the file is not what the installed
 *                                                  libphonenumber-js gives; run by a unit test)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..');
const OUT = join(root, 'chat', 'personal', 'phone-metadata.json');

/**
 * The contacts regions (GB, IE, US, CA, AU, NZ), the countries of the pattern languages
 * (ES, FR, DE, PL) and their nearest neighbours in language (AT, CH, BE, LU, MX, AR), plus the
 * Crown dependencies that share +44.
 */
export const COUNTRIES = ['GB', 'GG', 'IM', 'JE', 'IE', 'US', 'CA', 'AU', 'NZ', 'ES', 'FR', 'DE', 'PL', 'AT', 'CH', 'BE', 'LU', 'MX', 'AR'];

/**
 * Where a country's number formats ("(\\d{3})(\\d{4})" → "$1-$2", with their leading-digit
 * patterns) sit in its metadata array (version 4). Only formatting reads them (libphonenumber-js's
 * format() and AsYouType); the chat check only parses and validates (chat/personal/phone.ts),
 * so they are left out: 8.6 KB of the lazily loaded chat check's budget. The slot stays (0), so
 * every other field keeps its place; tests/unit/phone-metadata.test.ts checks that parsing with
 * and without them gives the same answers.
 */
export const FORMATS = 4;

/** A country's metadata without what only formatting reads. */
const parsingOnly = (country) => country.map((field, i) => (i === FORMATS ? 0 : field));

export function subset(max, countries = COUNTRIES, { formats = false } = {}) {
  if (max.version !== 4) throw Error(`libphonenumber-js metadata version ${max.version}: check where its formats sit (FORMATS)`);
  const keep = new Set(countries);
  const codes = {};
  for (const [code, list] of Object.entries(max.country_calling_codes)) {
    const kept = list.filter((country) => keep.has(country));
    // The first country of a code is its main one (libphonenumber-js reads a shared code's fields from it).
    if (kept.length && kept[0] === list[0]) codes[code] = kept;
  }
  const countriesOut = {};
  for (const country of Object.values(codes).flat()) countriesOut[country] = formats ? max.countries[country] : parsingOnly(max.countries[country]);
  return { version: max.version, country_calling_codes: codes, countries: countriesOut, nonGeographic: {} };
}

function main() {
  const max = require('libphonenumber-js/metadata.max.json');
  const text = `${JSON.stringify(subset(max))}\n`;
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUT, 'utf8');
    if (current !== text) {
      console.error('chat/personal/phone-metadata.json is out of date: run node scripts/chat/phone-metadata.mjs');
      process.exit(1);
    }
    return;
  }
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT} (${(Buffer.byteLength(text) / 1000).toFixed(1)} KB, ${Object.keys(JSON.parse(text).countries).length} countries)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
