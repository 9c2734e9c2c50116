/**
 * Phone numbers in a message: written plainly ("07700 900461", "+34 612 345 678"), spaced out
 * ("0 7 7 0 0…") or in words ("oh seven seven double oh…", "zéro six douze…"). Each run of digits
 * and number words (number-words.ts) is checked with libphonenumber-js against the family's
 * country first, then the countries of the languages Safe Nudge reads, using a cut of its
 * metadata (phone-metadata.json, scripts/chat/phone-metadata.mjs).
 *
 * Precision: a run counts when libphonenumber calls it a valid number; or when it has a
 * possible length and is written the way a phone number is given — with "+" / "00" or the
 * country's trunk "0" — which also catches ranges too new for the metadata and the numbers
 * reserved for drama and tests (Ofcom's 07700 900xxx). Numbers after "id", "code", "score"…,
 * dates (12.03.2024) and counting runs (123456789) are not phone numbers.
 */
import { parsePhoneNumberFromString, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import metadataJson from './phone-metadata.json';
import { spelledNumbers } from './number-words';

const METADATA = metadataJson as unknown as MetadataJson;

/** Countries tried after the family's own, in order; also those the message's language suggests. */
export const FALLBACK_COUNTRIES: readonly CountryCode[] = ['GB', 'US', 'ES', 'FR', 'DE', 'PL', 'IE', 'AU', 'NZ', 'CA'];

/** Countries whose numbers are written nationally with a trunk "0". */
const TRUNK_ZERO = new Set(['GB', 'GG', 'IM', 'JE', 'IE', 'AU', 'NZ', 'FR', 'DE', 'AT', 'CH', 'BE', 'LU', 'AR']);

/**
 * Words shortly before a number that make it something else (folded, any of our languages):
 * "my roblox id is", "el código de mi isla es", "mon id roblox c'est", "kod mojej wyspy to" —
 * the word may be up to three words before the number.
 */
const NOT_A_PHONE_BEFORE =
  /\b(?:id|ids|uid|user(?:name)?|usuario|pseudo|nick|nickname|handle|gamertag|benutzername|login|code|codigo|kod|order|pedido|commande|bestellung|zamowienie|ref|reference|pin|score|scores|punkte|punkty|puntos|points|pts|xp|level|lvl|nivel|niveau|poziom|account|cuenta|compte|konto|server|servidor|serveur|serwer|seed|ip|ticket|tickets|isbn|tracking|seguimiento|suivi|sendung|przesylka)\b(?:[^\d.!?]{0,24})$/u;
/** Words right after a number that make it an amount (game currencies, money). */
const NOT_A_PHONE_AFTER = /^\s*(?:robux|v-?bucks|vbucks|pavos|coins|monedas|pieces|munzen|monet|gems|gemas|gemmes|juwelen|points|pts|xp|euros?|eur|dollars?|usd|pounds|zl|zloty|€|£|\$)/u;
/** A date or time spelled with separators: 12.03.2024, 01/05/2024, 2024-05-01. */
const DATE_SHAPE = /^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/;
/** Decimals (coordinates "53.4808,-2.2426", "3.14159"): phone groups are never 3+ digits after a dot and a comma. */
const DECIMALS = /\d\.\d{3,}\s*[,;/]|\d\.\d{4,}/;

/** "1 2 3 4 5 6 7 8 9 10": counting, one number after another. */
function isCounting(written: string): boolean {
  const numbers = written.split(/\D+/).filter(Boolean).map(Number);
  if (numbers.length < 5) return false;
  const step = numbers[1]! - numbers[0]!;
  return Math.abs(step) === 1 && numbers.every((n, i) => i === 0 || n - numbers[i - 1]! === step);
}

function isCountingRun(digits: string): boolean {
  let up = true;
  let down = true;
  for (let i = 1; i < digits.length; i++) {
    const step = digits.charCodeAt(i) - digits.charCodeAt(i - 1);
    up &&= step === 1 || (step === -9 && digits[i] === '0');
    down &&= step === -1;
  }
  return up || down;
}

/** Is this digit string a phone number in one of the countries? */
export function phoneNumberIn(digits: string, countries: readonly CountryCode[]): boolean {
  const international = digits.startsWith('+') || digits.startsWith('00');
  const bare = digits.replace(/^\+/, '');
  if (bare.length < 7 || bare.length > 15) return false;
  for (const country of international ? [countries[0] ?? 'GB'] : countries) {
    const parsed = parsePhoneNumberFromString(digits, country, METADATA);
    if (!parsed) continue;
    if (parsed.isValid()) return true;
    const prefixed = international || (TRUNK_ZERO.has(country) && digits.startsWith('0') && !digits.startsWith('00'));
    if (prefixed && parsed.isPossible() && bare.length >= 9) return true;
  }
  // A "+" number of a country outside the metadata cut: E.164 shape (country code and 7–12 more).
  return digits.startsWith('+') && /^\+[1-9]\d{8,14}$/.test(digits) && !parsePhoneNumberFromString(digits, METADATA);
}

/** The family's country first, then the fallbacks; duplicates removed. */
export function countriesFor(region: string | null | undefined): CountryCode[] {
  const first = region && region.length === 2 && region !== 'INTL' ? [region as CountryCode] : [];
  return [...new Set([...first, ...FALLBACK_COUNTRIES])];
}

/** Links: the numbers in them are ids and map positions, not something the child typed to give out. */
const LINK = /(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|net|org|co|uk|es|fr|de|pl|gl|ly|be|me|io|app)\/\S*/g;

function linkSpans(folded: string): [number, number][] {
  return [...folded.matchAll(LINK)].map((match) => [match.index!, match.index! + match[0].length]);
}

/** True when the folded message holds a phone number. */
export function hasPhoneNumber(folded: string, countries: readonly CountryCode[]): boolean {
  const links = linkSpans(folded);
  for (const run of spelledNumbers(folded)) {
    if (links.some(([start, end]) => run.start >= start && run.start < end)) continue;
    const written = folded.slice(run.start, run.end);
    if (!run.spelled && DATE_SHAPE.test(written.replace(/\s/g, ''))) continue;
    if (DECIMALS.test(written) || isCounting(written)) continue;
    // "123456789" typed in one go (or digit by digit) is counting; grouped "12 345 67 89" is a number.
    const grouped = /\d{2,}\D+\d{2,}/.test(written);
    if (!grouped && isCountingRun(run.digits.replace(/\D/g, ''))) continue;
    if (NOT_A_PHONE_BEFORE.test(folded.slice(Math.max(0, run.start - 30), run.start))) continue;
    if (NOT_A_PHONE_AFTER.test(folded.slice(run.end, run.end + 12))) continue;
    if (phoneNumberIn(run.digits, countries)) return true;
  }
  return false;
}

/** Every phone number's national digits (for the family's own number, family.ts). */
export function phoneDigits(folded: string, countries: readonly CountryCode[]): string[] {
  const found: string[] = [];
  for (const run of spelledNumbers(folded)) {
    const parsed = parsePhoneNumberFromString(run.digits, countries[0] ?? 'GB', METADATA);
    found.push(parsed ? parsed.nationalNumber : run.digits.replace(/\D/g, ''));
  }
  return found;
}
