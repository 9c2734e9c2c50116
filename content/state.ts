/**
 * What the content script knows of the parents' settings, today's counts and "people I know",
 * kept in memory so the click handler can decide synchronously. Loaded once at start, kept
 * fresh by storage change events (which also bring the choices content/record.ts writes);
 * until loaded, the safe defaults apply (pause and ask).
 */
import type { Kind } from './sites/types';
import { ext } from './ext';
import { DEFAULT_SETTINGS, validDailyCap, validKinds, validPhotoScope, validSitesOff, type PhotoScope } from '../settings/schema';
import { dayOf, pausesToday, validCounts, type Counts } from '../settings/counts';
import { hasKnownPeople, isKnownIn, validKnownPeople, type KnownPeople } from '../settings/known-people';

interface State {
  kinds: typeof DEFAULT_SETTINGS.kinds;
  sitesOff: string[];
  dailyCap: number;
  counts: Counts;
  known: KnownPeople | null;
  photoScope: PhotoScope;
}

const KEYS = ['kinds', 'sitesOff', 'dailyCap', 'counts', 'knownPeople', 'photoScope'];
const DEFAULT_STATE: State = { kinds: DEFAULT_SETTINGS.kinds, sitesOff: [], dailyCap: DEFAULT_SETTINGS.dailyCap, counts: {}, known: null, photoScope: DEFAULT_SETTINGS.photoScope };
let state: State = DEFAULT_STATE;
/** Raw stored values, and the family's policy (storage.managed), which wins value by value. */
let local: Record<string, unknown> = {};
let managed: Record<string, unknown> = {};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The same precedence as settings/managed.ts (applyManaged), written out here because that
 * module brings the contacts list and the polyfill into the page script; the unit tests of
 * both check a policy wins value by value.
 */
function effectiveKinds(): State['kinds'] {
  const kinds = validKinds(local.kinds);
  if (!isRecord(managed.kinds)) return kinds;
  for (const kind of Object.keys(kinds) as Kind[]) {
    const policy = managed.kinds[kind];
    if (isRecord(policy)) kinds[kind] = validKinds({ [kind]: { ...kinds[kind], ...policy } })[kind];
  }
  return kinds;
}

function recompute(): void {
  const cap = managed.dailyCap;
  state = {
    kinds: effectiveKinds(),
    sitesOff: validSitesOff(Array.isArray(managed.sitesOff) ? managed.sitesOff : local.sitesOff),
    dailyCap: validDailyCap(cap) === cap ? (cap as number) : validDailyCap(local.dailyCap),
    counts: validCounts(local.counts),
    known: validKnownPeople(local.knownPeople),
    photoScope: validPhotoScope(validPhotoScope(managed.photoScope) === managed.photoScope ? managed.photoScope : local.photoScope),
  };
}

function apply(values: Record<string, unknown>): void {
  local = { ...local, ...values };
  recompute();
}

export function startState(): void {
  const api = ext();
  if (!api) return;
  api.storage.local.get(KEYS).then(apply, () => undefined);
  const managedArea = (api.storage as { managed?: { get(keys: null): Promise<Record<string, unknown>> } }).managed;
  managedArea?.get(null).then((values) => {
    managed = isRecord(values) ? values : {};
    recompute();
  }, () => undefined);
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' && area !== 'managed') return;
    const values: Record<string, unknown> = {};
    for (const [key, change] of Object.entries(changes)) values[key] = change.newValue;
    if (area === 'managed') {
      managed = { ...managed, ...values };
      recompute();
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

/**
 * Whether the child already said they know this person. `false` at once when nobody is
 * remembered (the usual case); otherwise the answer needs a hash, which the browser computes
 * asynchronously. Any failure (no crypto.subtle on an http page) means "not known": ask.
 */
export function isKnownPerson(site: string, person: string | null, now = Date.now()): false | Promise<boolean> {
  if (person === null || !hasKnownPeople(state.known, now)) return false;
  return isKnownIn(state.known, site, person, now).catch(() => false);
}

/** Every photo pauses, or only one the photo check finds may show nudity. */
export function photoScope(): PhotoScope {
  return state.photoScope;
}

/** How many reminders of a kind were shown recently: turns the wording so it stays fresh. */
export function shownCount(kind: Kind): number {
  let total = 0;
  for (const [key, value] of Object.entries(state.counts)) if (key.includes(`|${kind}|`)) total += value;
  return total;
}

/** For tests: back to the defaults, or to given stored and policy values. */
export function resetState(stored: Record<string, unknown> = {}, policy: Record<string, unknown> = {}): void {
  local = stored;
  managed = policy;
  recompute();
}
