/**
 * Storage for what the extension keeps besides settings: the weekly counts and the
 * "people I know" hashes. Extension pages use these; the content script writes the same
 * keys through its own small API (content/ext.ts) to stay light.
 */
import { localItem } from './local-item';
import { addCount, dayOf, validCounts, type Choice, type Counts } from './counts';
import type { Kind } from '../content/sites/types';

export const COUNTS_KEY = 'counts';
export const KNOWN_PEOPLE_KEY = 'knownPeople';

export const countsItem = localItem<unknown>(COUNTS_KEY, {});
export const knownPeopleItem = localItem<unknown>(KNOWN_PEOPLE_KEY, null);

export async function readCounts(): Promise<Counts> {
  return validCounts(await countsItem.getValue().catch(() => ({})));
}

export async function recordChoice(kind: Kind, site: string, choice: Choice, now = new Date()): Promise<Counts> {
  const next = addCount(await readCounts(), { day: dayOf(now), kind, site, choice });
  await countsItem.setValue(next);
  return next;
}

export async function clearCounts(): Promise<void> {
  await countsItem.setValue({});
}

export async function forgetKnownPeople(): Promise<void> {
  await knownPeopleItem.removeValue();
}
