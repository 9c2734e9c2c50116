/**
 * The family's own details to protect (issue 12): the stored list's validators, and matching
 * in a message about to be sent — spaced, a little misspelled, with accents — against a
 * typical family's list, with ordinary messages that must not match written out.
 */
import { describe, expect, it } from 'vitest';
import type { ProtectedDetail } from '../../vocabulary/protected-details';
import { MAX_DETAIL_LENGTH, MAX_PROTECTED_DETAILS, storedDetails, validProtectedDetails, withDetail, withoutDetail } from '../../model/protected-details';
import { personalSubjects } from '../../chat/personal/detect';
import { countriesFor } from '../../chat/personal/phone';
import { prepareDetail, type PreparedDetail } from '../../chat/personal/family';
import { personalTitleKey } from '../../views/words';
import { getMessage } from './setup';

describe('validProtectedDetails (stored value → safe list)', () => {
  it('keeps well-formed entries, tidied, in order', () => {
    expect(validProtectedDetails([
      { kind: 'school', value: '  Oakfield \t Primary ' },
      { kind: 'phone', value: '07700 900461' },
    ])).toEqual([{ kind: 'school', value: 'Oakfield Primary' }, { kind: 'phone', value: '07700 900461' }]);
  });

  it.each([null, undefined, 'Oakfield', 42, {}, { 0: { kind: 'school', value: 'x' } }, true])('gives an empty list for %j', (raw) => {
    expect(validProtectedDetails(raw)).toEqual([]);
  });

  it('drops hostile or broken entries and keeps the rest', () => {
    const raw = [
      { kind: 'school', value: 'Oakfield Primary' },
      { kind: 'password', value: 'x' },
      { kind: 'surname', value: 42 },
      { kind: 'club', value: '' },
      { kind: 'club', value: '\u200b\u0000 \n' },
      { kind: 'street', value: 'a'.repeat(MAX_DETAIL_LENGTH + 1) },
      { kind: '__proto__', value: 'Maple Close' },
      'Maple Close',
      null,
      { kind: 'street', value: 'Maple\u0000Close\u202e' },
      { kind: 'school', value: 'OAKFIELD primary' },
    ];
    expect(validProtectedDetails(raw)).toEqual([
      { kind: 'school', value: 'Oakfield Primary' },
      { kind: 'street', value: 'Maple Close' },
    ]);
  });

  it('keeps at most MAX_PROTECTED_DETAILS, and reads a giant array without trouble', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ kind: 'other', value: `detail ${i}` }));
    const kept = validProtectedDetails(many);
    expect(kept).toHaveLength(MAX_PROTECTED_DETAILS);
    expect(kept[0]).toEqual({ kind: 'other', value: 'detail 0' });
  });
});

describe('storedDetails (the chat check\'s lighter read)', () => {
  it('keeps the same well-formed entries, at most MAX_PROTECTED_DETAILS', () => {
    expect(storedDetails([{ kind: 'school', value: 'Oakfield' }, { kind: 'evil', value: 'x' }, { kind: 'club', value: 7 }, null, 'x'])).toEqual([{ kind: 'school', value: 'Oakfield' }]);
    expect(storedDetails({ kind: 'school', value: 'Oakfield' })).toEqual([]);
    expect(storedDetails(Array.from({ length: 500 }, () => ({ kind: 'other', value: 'abc' })))).toHaveLength(MAX_PROTECTED_DETAILS);
    expect(storedDetails([{ kind: 'street', value: 'a'.repeat(MAX_DETAIL_LENGTH + 1) }])).toEqual([]);
  });
});

describe('withDetail / withoutDetail (the options page)', () => {
  const list: ProtectedDetail[] = [{ kind: 'school', value: 'Oakfield Primary' }];
  it('adds a tidied detail', () => {
    expect(withDetail(list, 'postcode', ' ls6  2qt ')).toEqual([...list, { kind: 'postcode', value: 'ls6 2qt' }]);
  });
  it.each([
    ['school', '   ', 'empty'],
    ['surname', 'Li', 'too-short'],
    ['phone', '12345', 'too-short'],
    ['club', 'x'.repeat(MAX_DETAIL_LENGTH + 1), 'too-long'],
    ['school', 'oakfield primary', 'duplicate'],
  ] as const)('refuses %s "%s": %s', (kind, value, refusal) => {
    expect(withDetail(list, kind, value)).toBe(refusal);
  });
  it('refuses one more than the limit', () => {
    const full = Array.from({ length: MAX_PROTECTED_DETAILS }, (_, i) => ({ kind: 'other' as const, value: `detail ${i}` }));
    expect(withDetail(full, 'club', 'Hyde Park Harriers')).toBe('too-many');
  });
  it('removes by position', () => {
    expect(withoutDetail([...list, { kind: 'surname', value: 'Kowalski' }], 0)).toEqual([{ kind: 'surname', value: 'Kowalski' }]);
  });
});

/** A typical family's list (the one chat-eval and chat-bench use too). */
export const TYPICAL_FAMILY: ProtectedDetail[] = [
  { kind: 'phone', value: '07700 900461' },
  { kind: 'street', value: '14 Maple Close' },
  { kind: 'postcode', value: 'LS6 2QT' },
  { kind: 'school', value: 'Oakfield Primary School' },
  { kind: 'surname', value: 'Kowalski' },
  { kind: 'club', value: 'Hyde Park Harriers' },
  { kind: 'club', value: 'Tigers' },
  { kind: 'other', value: 'Biscuit the hamster' },
];
const prepared = (details: ProtectedDetail[]) => details.map(prepareDetail).filter((d): d is PreparedDetail => d !== null);
const subjects = (text: string, details = TYPICAL_FAMILY) => personalSubjects(text, { countries: countriesFor('GB'), family: prepared(details) });
const own = (text: string) => subjects(text).filter((s) => s.startsWith('family-'));

describe('matching the family\'s own details in a message', () => {
  it.each([
    // spaced out, other separators, international form
    ['my number is 0 7 7 0 0 9 0 0 4 6 1', 'family-phone'],
    ['text me +44 7700 900 461', 'family-phone'],
    ['07700-900-461', 'family-phone'],
    ['oh seven seven oh oh nine oh oh four six one', 'family-phone'],
    ['L S 6 2 Q T', 'family-postcode'],
    ['its k o w a l s k i', 'family-surname'],
    ['o a k f i e l d', 'family-school'],
    ['ls62qt', 'family-postcode'],
    ['its ls6 2qt', 'family-postcode'],
    // one letter wrong, missing or swapped
    ['i live on maple clse', 'family-street'],
    ['14 maple close lol', 'family-street'],
    ['i go to oakfeild primary', 'family-school'],
    ['oakfield primry school', 'family-school'],
    ['OAKFIELD', 'family-school'],
    ['im amy kowalsky', 'family-surname'],
    ['kovalski', 'family-surname'],
    ['hyde park harriers training is on tuesday', 'family-club'],
    ['hydepark harriers', 'family-club'],
    ['hyde park hariers', 'family-club'],
    ['i do tigers club on fridays', 'family-club'],
    ['biscuit the hamster is so cute', 'family-other'],
  ])('"%s" → %s', (text, subject) => {
    expect(own(text)).toContain(subject);
  });

  it('names the family\'s detail first, before the category the general check saw', () => {
    expect(subjects('call me on 07700 900461')).toEqual(['family-phone', 'phone']);
    expect(subjects('call me on 07700 900999')).toEqual(['phone']);
  });

  it('accents on either side do not matter', () => {
    const details: ProtectedDetail[] = [{ kind: 'street', value: 'ulica Łódzka' }, { kind: 'school', value: 'Goethe-Grundschule' }, { kind: 'surname', value: 'Müller' }];
    expect(subjects('mieszkam na lodzkiej', details)).toContain('family-street');
    expect(subjects('ich bin auf der göthe grundschule', details)).toContain('family-school');
    expect(subjects('ich heiße lea muller', details)).toContain('family-surname');
  });

  it.each([
    // A one-word club that is an everyday word: alone it needs a club word beside it.
    'the tigers at the zoo were asleep',
    'tigers are my fav animal',
    // Short cores are matched exactly: "maple" needs a street word beside it.
    'i love maple syrup on pancakes',
    'oak trees and a field',
    'a hyde park picnic',
    // Other numbers: a different mobile, a score, a time.
    'call 07700 900462',
    'i got 7700 points and 900 coins',
    'see you at 6, ls6 is far',
    'harriet is my friend',
    'kowal is a word in polish',
    // A surname after a title is a grown-up's (a teacher), even the family's own in another form.
    'pani kowalska zadała coś z matmy?',
    'did mr kowalski set homework',
    'primary colours are red blue and yellow',
    'my hamster is called biscuit',
  ])('"%s" has none of them', (text) => {
    expect(own(text)).toEqual([]);
  });

  it('misses, as designed: two slips in a short word, or only part of a long name', () => {
    expect(own('kowalksy')).toEqual([]); // 8 letters: one slip allowed, this has two
    expect(own('i go to oakfield')).toContain('family-school'); // the distinctive part alone is enough
    expect(own('i run with the harriers')).toEqual([]); // part of a three-word club name
  });

  it('ignores details too short to match safely', () => {
    expect(prepareDetail({ kind: 'surname', value: 'Li' })).toBeNull();
    expect(prepareDetail({ kind: 'phone', value: '12345' })).toBeNull();
  });
});

describe('the reminder names the kind in child words, never the detail', () => {
  it.each([
    ['family-phone', 'This message has your phone number in it.'],
    ['family-street', 'This message has the name of your street in it.'],
    ['family-postcode', 'This message has your postcode in it.'],
    ['family-school', "This message has your school's name in it."],
    ['family-surname', 'This message has your last name in it.'],
    ['family-club', 'This message has the name of your club in it.'],
    ['family-other', 'This has something your family wants kept safe.'],
    ['phone', 'This message has a phone number in it.'],
  ] as const)('%s → "%s"', (subject, words) => {
    expect(getMessage(personalTitleKey(subject))).toBe(words);
  });
});
