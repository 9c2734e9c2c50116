// @vitest-environment node
/**
 * The chat detectors (chat/): personal details and warning signs, one behaviour per test,
 * plus the evaluation set's own guards: the held-out part is frozen (its digests), and the
 * development part meets the targets (a regression gate, not a measure of
 * generalisation — that is the held-out figure `npm run chat-eval` prints).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPersonal } from '../../chat/personal/detect';
import { countriesFor } from '../../chat/personal/phone';
import { editDistance, prepareDetail, type FamilyDetail, type PreparedDetail } from '../../chat/personal/family';
import { spelledNumbers } from '../../chat/personal/number-words';
import { fold } from '../../chat/text';
import { detectSigns } from '../../chat/signs/detect';
import { ConversationSigns } from '../../chat/signs/conversation';
import { PATTERNS } from '../../chat/signs/detect';
import { GUIDANCE } from '../../chat/signs/guidance';
import { evaluate } from '../chat-eval/evaluate';

const root = join(__dirname, '../..');
const family = (details: FamilyDetail[]): PreparedDetail[] => details.map(prepareDetail).filter((d): d is PreparedDetail => d !== null);
const personal = (text: string, region = 'GB', details: FamilyDetail[] = []) => detectPersonal(text, { countries: countriesFor(region), family: family(details) });

describe('numbers written as words or spaced out', () => {
  it.each([
    ['oh seven seven double oh nine double oh one two three', '07700900123'],
    ['zéro six douze trente-quatre cinquante-six soixante-dix-huit', '0612345678'],
    ['null eins fünf eins zwei drei vier fünf sechs sieben acht neun', '015123456789'],
    ['seiscientos doce treinta y cuatro cincuenta y seis setenta y ocho', '612345678'],
    ['pięć jeden dwa trzy cztery pięć sześć siedem osiem', '512345678'],
    ['0 7 7 0 0 9 0 0 1 2 3', '07700900123'],
  ])('%s → %s', (text, digits) => {
    expect(spelledNumbers(fold(text)).map((run) => run.digits)).toEqual([digits]);
  });

  it('ordinary counting words are not a number', () => {
    expect(spelledNumbers(fold('i have two cats and three dogs and one hamster'))).toEqual([]);
  });
});

describe('personal details in a message about to be sent', () => {
  it.each([
    ['text me on 07700 900123', 'phone'],
    ['my mum is +34 612 345 678', 'phone'],
    ['its oh seven seven double oh nine double oh one two three', 'phone'],
    ['write to sam dot k at gmail dot com', 'email'],
    ['sam_k(at)outlook.com', 'email'],
    ['we live at 14 maple close', 'address'],
    ['my postcode is LS6 2QT', 'address'],
    ['ich wohne in der Lindenstraße 8', 'address'],
    ['i go to oakfield primary', 'school'],
    ['chodzę do szkoły podstawowej nr 12', 'school'],
    ['here https://maps.app.goo.gl/abc123', 'location'],
    ['///filled.count.soap', 'location'],
    ['meet me outside the shops at 5', 'meeting'],
    ['quedamos en el parque a las 6', 'meeting'],
  ])('%s → %s', (text, category) => {
    expect(personal(text)).toContain(category);
  });

  it.each([
    'my roblox id is 3829104756',
    'the island code is 4481-2290-1137',
    'i scored 3 goals at the park',
    'the game shop is at 42 high street',
    'see you at school tomorrow',
    'meet you in the lobby in 5',
    'counting 1 2 3 4 5 6 7 8 9 10',
    'im at 53.48081, -2.24263 lol',
    'born 03.05.2014',
  ])('nothing in: %s', (text) => {
    expect(personal(text).filter((c) => c !== 'location')).toEqual([]);
  });

  it('the family\'s own details match spaced differently and a little misspelled, and only them', () => {
    const details: FamilyDetail[] = [
      { kind: 'school', value: 'Oakfield Primary' },
      { kind: 'street', value: 'Maple Close' },
      { kind: 'surname', value: 'Kowalski' },
      { kind: 'phone', value: '07700 900123' },
    ];
    for (const text of ['im at oak field primary', 'we are on maple clse', 'its kovalski', 'oh seven seven double oh nine double oh one two three']) {
      expect(personal(text, 'GB', details), text).toContain('family-detail');
    }
    for (const text of ['i like maple syrup', 'my friend is kowal', 'the oak tree fell', '07700 900124']) {
      expect(personal(text, 'GB', details), text).not.toContain('family-detail');
    }
  });

  it('edit distance counts a swap of neighbours as one edit', () => {
    expect(editDistance('schnieder', 'schneider', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('warning signs in an incoming message', () => {
  it.each([
    ['dont tell your parents about this ok', 'secrecy'],
    ['send me a selfie', 'photos'],
    ['lets move to telegram its more private', 'move-app'],
    ['i can buy you robux', 'gifts'],
    ['how old r u', 'personal-questions'],
    ['we should meet up in real life', 'meet'],
    ['are you a virgin', 'sexual'],
    ['no se lo digas a tus padres', 'secrecy'],
    ['envoie moi une photo de toi', 'photos'],
    ['wo wohnst du?', 'personal-questions'],
    ['spotkajmy się na żywo', 'meet'],
  ])('%s → %s', (text, sign) => {
    expect(detectSigns(text)).toContain(sign);
  });

  it.each([
    'my phone is dying, message me on whatsapp',
    'we moved the group chat to discord',
    'delete this lol',
    'send me a pic of the homework',
    'dont tell mum lol',
    'turn your camera on, the lesson is starting',
    'we have sex ed on friday',
    'lets go private server, the public one lags',
    'grandma sent you a birthday present',
  ])('no sign in: %s', (text) => {
    expect(detectSigns(text)).toEqual([]);
  });

  it('flattery and urgency count together, also across two messages, never apart', () => {
    expect(detectSigns('youre so pretty, answer me now')).toContain('flattery-urgency');
    expect(detectSigns('youre so pretty')).toEqual([]);
    expect(detectSigns('hurry up the bus is here')).toEqual([]);
    const reader = new ConversationSigns();
    expect(reader.read('youre so pretty')).toEqual([]);
    expect(reader.read('reply right now')).toEqual(['flattery-urgency']);
  });

  it('"don\'t tell anyone" counts only beside another sign', () => {
    expect(detectSigns('dont tell anyone but i failed the test')).toEqual([]);
    expect(detectSigns('i can send you money, dont tell anyone')).toEqual(['secrecy', 'gifts']);
  });

  it('leetspeak and stretched letters are read as the words', () => {
    expect(detectSigns('s3nd m3 a s3lfie plsss')).toContain('photos');
  });

  it('every rule names published guidance, and every language has every sign', () => {
    for (const [language, patterns] of Object.entries(PATTERNS)) {
      for (const rules of [...Object.values(patterns.signs), ...Object.values(patterns.weak ?? {}), patterns.cues.flattery, patterns.cues.urgency]) {
        for (const rule of rules ?? []) expect(GUIDANCE, `${language}: ${rule.source}`).toHaveProperty(rule.source);
      }
      for (const sign of ['secrecy', 'photos', 'move-app', 'gifts', 'personal-questions', 'meet', 'sexual'] as const) {
        expect(patterns.signs[sign]?.length, `${language} ${sign}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('the evaluation set', () => {
  it('the held-out part is unchanged since it was frozen', () => {
    const dir = join(root, 'tests/chat-eval/heldout');
    for (const line of readFileSync(join(dir, 'FROZEN.sha256'), 'utf8').trim().split('\n')) {
      const [digest, file] = line.split(/\s+/);
      expect(createHash('sha256').update(readFileSync(join(dir, file!))).digest('hex'), file).toBe(digest);
    }
  });

  it('the phone-number metadata is what the installed libphonenumber-js gives', () => {
    expect(() => execFileSync('node', [join(root, 'scripts/chat/phone-metadata.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('the development set meets the issue\'s targets (regression gate)', () => {
    const results = evaluate('dev');
    const held = results.reduce((a, r) => a + r.heldPositives.held, 0);
    const positives = results.reduce((a, r) => a + r.heldPositives.total, 0);
    const falseHolds = results.reduce((a, r) => a + r.ordinaryOut.held, 0);
    const ordinary = results.reduce((a, r) => a + r.ordinaryOut.total, 0);
    const falseNotes = results.reduce((a, r) => a + r.conversations.flagged, 0);
    const conversations = results.reduce((a, r) => a + r.conversations.total, 0);
    expect(ordinary).toBeGreaterThanOrEqual(1000 * results.length * 0.75);
    expect(held / positives).toBeGreaterThanOrEqual(0.95);
    expect((1000 * falseHolds) / ordinary).toBeLessThanOrEqual(1);
    expect((500 * falseNotes) / conversations).toBeLessThanOrEqual(1);
  }, 60_000);
});
