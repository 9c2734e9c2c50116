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

/** Digits in a message, placeholders left out: "under 19" must not become "under 18" in translation. */
const numbers = (text: string, minDigits = 1) =>
  [...new Set(text.replace(/\$[A-Za-z0-9_]+\$/g, '').match(new RegExp(`\\d{${minDigits},}`, 'g')) ?? [])].sort();
/** Hours may be written the local way (8am–10pm → 8–22 Uhr): only phone-like numbers must match there. */
const isHours = (key: string) => key.endsWith('_hours') || key === 'hoursAlways';

describe('translations say the same facts', () => {
  it.each(locales.filter((l) => l !== 'en_GB'))('%s has the same numbers as English in every message', (locale) => {
    const messages = load(locale);
    for (const [key, entry] of Object.entries(messages)) {
      const digits = isHours(key) ? 3 : 1;
      expect(numbers(entry.message, digits), `${locale}/${key}: "${entry.message}"`).toEqual(numbers(english[key]!.message, digits));
    }
  });

  it('the number check catches a changed age or phone number', () => {
    expect(numbers('For under-19s: 0800 1111')).not.toEqual(numbers('Pour les moins de 18 ans : 0800 1111'));
    expect(numbers('Call $PHONE$ now', 1)).toEqual([]);
  });

  // French and Spanish take the present or the imperfect after "si", never the conditional:
  // "Si tu ne la montrerais pas" and "Si no lo harías" are mistakes a reader notices.
  const SI_CONDITIONAL: Record<string, RegExp> = {
    fr: /\bs(?:i|'il|'ils|’il|’ils)\b[^.,;:!?]*?\b\p{L}+(?:rais|rait|rions|riez|raient)\b/iu,
    es: /\bsi\b[^.,;:!?]*?\b\p{L}+(?:ría|rías|ríamos|ríais|rían)\b/iu,
  };
  it.each(Object.keys(SI_CONDITIONAL))('%s never puts a conditional after "si"', (locale) => {
    for (const [key, entry] of Object.entries(load(locale))) {
      expect(entry.message, `${locale}/${key}`).not.toMatch(SI_CONDITIONAL[locale]!);
    }
  });
  it('the "si" check catches the mistakes issue 9 found', () => {
    expect('Si tu ne la montrerais pas aux gens, ne la mets pas en ligne.').toMatch(SI_CONDITIONAL.fr!);
    expect("S'il ne ferait pas quelque chose en face, il ne devrait pas.").toMatch(SI_CONDITIONAL.fr!);
    expect('Si no lo harías en la vida real, no lo hagas en internet.').toMatch(SI_CONDITIONAL.es!);
    expect('Ce que tu ne ferais pas en vrai, ne le fais pas en ligne.').not.toMatch(SI_CONDITIONAL.fr!);
    expect('Si quelqu’un te le demande, tu peux dire non.').not.toMatch(SI_CONDITIONAL.fr!);
  });

  it('Spanish is neutral: no forms only Spain uses', () => {
    const spainOnly = /(?<!\p{L})(vale|móvil|ordenador|vosotros|os|habéis|sois|acordad|miradlos|vídeos?)(?!\p{L})/iu;
    for (const [key, entry] of Object.entries(load('es'))) expect(entry.message, `es/${key}`).not.toMatch(spainOnly);
  });

  it('no child is left out: a nude picture "of you" is not written in the masculine only', () => {
    expect(Object.values(load('fr')).map((e) => e.message).join(' ')).not.toMatch(/de toi nu\b/);
    expect(Object.values(load('es')).map((e) => e.message).join(' ')).not.toMatch(/foto (tuya )?desnudo\b/);
  });

  // Only names and words that really are the same in that language may be left as in English:
  // anything else identical to English is an untranslated string (English inside a French popup).
  const PROPER_CONTACTS = [
    'gb-crimestoppers', 'gb-iwf', 'gb-rhc', 'gb-childline', 'ie-hotline', 'ie-childline', 'us-cybertipline', 'us-childhelp',
    'us-takeitdown', 'ca-cybertip', 'ca-khp', 'au-esafety', 'au-khl', 'nz-netsafe', 'nz-youthline', 'intl-takeitdown',
    'de-jugendschutz-net', 'de-116111', 'fr-119', 'fr-point-de-contact', 'es-anar', 'es-017', 'pl-116111', 'pl-dyzurnet',
    'it-114', 'it-19696', 'it-stop-it', 'nl-meldpunt-kinderporno', 'nl-helpwanted', 'nl-kindertelefoon', 'nl-veilig-thuis',
    'eu-takeitdown',
  ].map((id) => `contact_${id.replace(/-/g, '_')}_name`);
  const SAME_EVERYWHERE = new Set([
    ...PROPER_CONTACTS, 'extName', 'contact_es_017_text', 'policyFirefox', 'countLine', 'pinEnter', 'noteDismiss',
    'region_CA', 'region_FR', 'region_AU', 'sitesTitle', 'openSite', 'regionTitle',
  ]);
  it.each(locales.filter((l) => l !== 'en_GB'))('%s leaves nothing in English but proper names', (locale) => {
    const same = Object.entries(load(locale)).filter(([key, entry]) => entry.message === english[key]!.message).map(([key]) => key);
    expect(same.filter((key) => !SAME_EVERYWHERE.has(key))).toEqual([]);
  });
});
