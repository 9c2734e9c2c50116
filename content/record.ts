/**
 * Writes down what happened, on this computer only: the child's choice in today's counts, and
 * a person the child went on with (as a salted hash, for "people I know"). Part of the lazily
 * loaded reminder UI (content/reminder/ui.ts); the page script's own copy of the settings
 * (content/state.ts) follows these writes through storage change events.
 */
import type { Choice, Kind } from '../vocabulary/kinds';
import { addCount, dayOf, validCounts } from '../model/counts';
import { validKnownPeople, withKnownPerson } from '../model/known-people';
import { ext } from './ext';

async function update<T>(key: string, change: (current: unknown) => T | Promise<T>): Promise<void> {
  const api = ext();
  if (!api) return;
  const current = await api.storage.local.get([key]);
  await api.storage.local.set({ [key]: await change(current[key]) });
}

export function recordChoice(kind: Kind, site: string, choice: Choice, now = new Date()): Promise<void> {
  return update('counts', (raw) => addCount(validCounts(raw), { day: dayOf(now), kind, site, choice })).catch(() => undefined);
}

export function rememberPerson(site: string, person: string, now = Date.now()): Promise<void> {
  return update('knownPeople', (raw) => withKnownPerson(validKnownPeople(raw), site, person, now)).catch(() => undefined);
}
