/**
 * What the content script knows of the parents' settings, today's counts and "people I know",
 * kept in memory so the click handler can decide synchronously. Loaded once at start, kept
 * fresh by storage change events; until loaded, the safe defaults apply (pause and ask).
 */
import type { Kind } from './sites/types';
import { ext } from './ext';
import { DEFAULT_SETTINGS, validDailyCap, validKinds, validSitesOff } from '../settings/schema';
import { addCount, dayOf, pausesToday, validCounts, type Choice, type Counts } from '../settings/counts';
import { isKnownIn, validKnownPeople, withKnownPerson, type KnownPeople } from '../settings/known-people';

interface State {
  kinds: typeof DEFAULT_SETTINGS.kinds;
  sitesOff: string[];
  dailyCap: number;
  counts: Counts;
  known: KnownPeople | null;
}

const KEYS = ['kinds', 'sitesOff', 'dailyCap', 'counts', 'knownPeople'];
let state: State = { kinds: DEFAULT_SETTINGS.kinds, sitesOff: [], dailyCap: DEFAULT_SETTINGS.dailyCap, counts: {}, known: null };
/** Managed (policy) values win over local ones; filled by applyManaged. */
let managed: Record<string, unknown> = {};

function apply(raw: Record<string, unknown>): void {
  const pick = (key: string) => (key in managed ? managed[key] : raw[key]);
  state = {
    kinds: 'kinds' in raw || 'kinds' in managed ? validKinds(pick('kinds')) : state.kinds,
    sitesOff: 'sitesOff' in raw || 'sitesOff' in managed ? validSitesOff(pick('sitesOff')) : state.sitesOff,
    dailyCap: 'dailyCap' in raw || 'dailyCap' in managed ? validDailyCap(pick('dailyCap')) : state.dailyCap,
    counts: 'counts' in raw ? validCounts(raw.counts) : state.counts,
    known: 'knownPeople' in raw ? validKnownPeople(raw.knownPeople) : state.known,
  };
}

export function startState(): void {
  const api = ext();
  if (!api) return;
  api.storage.local.get(KEYS).then(apply, () => undefined);
  const managedArea = (api.storage as { managed?: { get(keys: null): Promise<Record<string, unknown>> } }).managed;
  managedArea?.get(null).then((values) => {
    managed = values && typeof values === 'object' ? values : {};
    return api.storage.local.get(KEYS).then(apply);
  }, () => undefined);
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' && area !== 'managed') return;
    const values: Record<string, unknown> = {};
    for (const [key, change] of Object.entries(changes)) if (KEYS.includes(key)) values[key] = change.newValue;
    if (area === 'managed') {
      managed = { ...managed, ...values };
      api.storage.local.get(KEYS).then(apply, () => undefined);
    } else apply(values);
  });
}

export type Decision = 'off' | 'note' | 'pause';

/** What to do with an action of this kind on this site right now. */
export function decide(kind: Kind, site: string, now = new Date()): Decision {
  const setting = state.kinds[kind];
  if (!setting.enabled || state.sitesOff.includes(site)) return 'off';
  if (setting.mode === 'reminder') return 'note';
  if (state.dailyCap > 0 && pausesToday(state.counts, site, dayOf(now)) >= state.dailyCap) return 'note';
  return 'pause';
}

export function isKnownPerson(site: string, person: string | null, now = Date.now()): boolean {
  return person !== null && isKnownIn(state.known, site, person, now);
}

/** How many reminders of a kind were shown recently: turns the wording so it stays fresh. */
export function shownCount(kind: Kind): number {
  let total = 0;
  for (const [key, value] of Object.entries(state.counts)) if (key.includes(`|${kind}|`)) total += value;
  return total;
}

async function update<T>(key: string, change: (current: unknown) => T): Promise<void> {
  const api = ext();
  if (!api) return;
  const current = await api.storage.local.get([key]);
  const next = change(current[key]);
  apply({ [key]: next });
  await api.storage.local.set({ [key]: next });
}

export function recordChoice(kind: Kind, site: string, choice: Choice, now = new Date()): Promise<void> {
  return update('counts', (raw) => addCount(validCounts(raw), { day: dayOf(now), kind, site, choice })).catch(() => undefined);
}

export function rememberPerson(site: string, person: string, now = Date.now()): Promise<void> {
  return update('knownPeople', (raw) => withKnownPerson(validKnownPeople(raw), site, person, now)).catch(() => undefined);
}

/** For tests: back to the defaults. */
export function resetState(): void {
  state = { kinds: DEFAULT_SETTINGS.kinds, sitesOff: [], dailyCap: DEFAULT_SETTINGS.dailyCap, counts: {}, known: null };
  managed = {};
}
