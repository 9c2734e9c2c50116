/**
 * Local counts for the parents' weekly summary: kind, site, choice and day only. Never names,
 * addresses, message text or images. Kept for eight weeks, then dropped.
 */
import { CHOICES, COUNT_KINDS, type Choice, type CountKind } from '../vocabulary/kinds';
import { isRecord } from './guards';

export type Counts = Record<string, number>;

const KEEP_DAYS = 56;
const KEY = /^(\d{4}-\d{2}-\d{2})\|([a-z-]+)\|([a-z0-9-]{1,40})\|([a-z]+)$/;

export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface CountKey { day: string; kind: CountKind; site: string; choice: Choice }

export function parseKey(key: string): CountKey | null {
  const match = KEY.exec(key);
  if (!match) return null;
  const [, day, kind, site, choice] = match as unknown as [string, string, CountKind, string, Choice];
  if (!COUNT_KINDS.includes(kind) || !CHOICES.includes(choice)) return null;
  return { day, kind, site, choice };
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0;

/** Keeps only well-formed entries with whole, positive counts. */
export function validCounts(raw: unknown): Counts {
  const result: Counts = {};
  if (!isRecord(raw)) return result;
  for (const [key, value] of Object.entries(raw)) {
    if (parseKey(key) && isCount(value)) result[key] = value;
  }
  return result;
}

/**
 * The total of the entries validCounts would keep whose key `match` accepts, read straight from
 * the stored value (the page script asks this of its copy without keeping a validated one).
 */
export function countWhere(raw: unknown, match: (key: CountKey) => boolean): number {
  let total = 0;
  if (!isRecord(raw)) return total;
  for (const [key, value] of Object.entries(raw)) {
    const parsed = parseKey(key);
    if (parsed && isCount(value) && match(parsed)) total += value;
  }
  return total;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Adds one to a count and drops entries older than eight weeks. Pure. */
export function addCount(counts: Counts, entry: CountKey): Counts {
  const result: Counts = {};
  for (const [key, value] of Object.entries(counts)) {
    const parsed = parseKey(key);
    if (parsed && daysBetween(parsed.day, entry.day) < KEEP_DAYS) result[key] = value;
  }
  const key = `${entry.day}|${entry.kind}|${entry.site}|${entry.choice}`;
  result[key] = (result[key] ?? 0) + 1;
  return result;
}

/** How many pauses a site has shown today (any kind), for the daily cap; `counts` as stored. */
export function pausesToday(counts: unknown, site: string, day: string): number {
  return countWhere(counts, (key) => key.day === day && key.site === site && key.choice !== 'note');
}

export interface Summary {
  total: number;
  byKind: Record<string, number>;
  bySite: Record<string, number>;
  byChoice: Record<string, number>;
}

/** Totals over the last `days` days up to and including `today`. */
export function summarize(counts: Counts, today: string, days = 7): Summary {
  const summary: Summary = { total: 0, byKind: {}, bySite: {}, byChoice: {} };
  for (const [key, value] of Object.entries(counts)) {
    const parsed = parseKey(key);
    if (!parsed) continue;
    const age = daysBetween(parsed.day, today);
    if (age < 0 || age >= days) continue;
    summary.total += value;
    summary.byKind[parsed.kind] = (summary.byKind[parsed.kind] ?? 0) + value;
    summary.bySite[parsed.site] = (summary.bySite[parsed.site] ?? 0) + value;
    summary.byChoice[parsed.choice] = (summary.byChoice[parsed.choice] ?? 0) + value;
  }
  return summary;
}
