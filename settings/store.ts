/**
 * What the extension keeps besides settings, as the parents' pages use it: the weekly counts
 * (read and cleared in the popup) and the "people I know" hashes (forgotten from the options
 * page). The page script writes both (content/record.ts).
 */
import { validCounts, type Counts } from '../model/counts';
import { localItem } from './local-item';

export const countsItem = localItem<unknown>('counts', {});
export const knownPeopleItem = localItem<unknown>('knownPeople', null);

export async function readCounts(): Promise<Counts> {
  return validCounts(await countsItem.getValue().catch(() => ({})));
}

export async function clearCounts(): Promise<void> {
  await countsItem.setValue({});
}

export async function forgetKnownPeople(): Promise<void> {
  await knownPeopleItem.removeValue();
}
