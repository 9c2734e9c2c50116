/**
 * What the content script knows of the parents' settings, today's counts and "people I know",
 * kept in memory so the click handler can decide synchronously. Loaded once at start, kept
 * fresh by storage change events (which also bring the choices content/record.ts writes);
 * until loaded, the safe defaults apply (pause and ask).
 */
import type { Kind } from '../vocabulary/kinds';
import { isRecord } from '../model/guards';
import { SETTINGS_KEYS, settingsFrom, type PhotoScope, type Settings } from '../model/settings';
import { countWhere, dayOf, pausesToday } from '../model/counts';
import { ext } from './ext';

interface State {
  settings: Settings;
  /** Today's and recent counts as stored: read through countWhere, which skips what is not valid. */
  counts: unknown;
  /** "People I know" as stored: validated by the reminder UI when someone may be remembered. */
  known: unknown;
}

const KEYS = [...SETTINGS_KEYS, 'counts', 'knownPeople'];
/** Set by startState, which the page script calls before any of its listeners can run. */
let state: State;
/** Raw stored values, and the family's policy (storage.managed), which wins value by value. */
let local: Record<string, unknown> = {};
let managed: Record<string, unknown> = {};

/**
 * The same precedence as the parents' pages (model/policy.ts): a valid policy value over the
 * parent's, the parent's over the default (model/settings.ts says how the two agree).
 */
function recompute(): void {
  state = {
    // No region codes: the page script shows no contacts, so it checks no region.
    settings: settingsFrom(isRecord(managed) ? managed : {}, [], settingsFrom(local, [])),
    counts: local.counts,
    known: local.knownPeople,
  };
  onSettings(state.settings);
}

function apply(values: Record<string, unknown>): void {
  local = { ...local, ...values };
  recompute();
}

let onSettings: (settings: Settings) => void;

/**
 * Loads the settings, and follows their changes from then on; `onChange` hears the settings in
 * force after each (the defaults first, at once). Called once, at start.
 */
export function startState(onChange: (settings: Settings) => void): void {
  onSettings = onChange;
  local = {};
  managed = {};
  recompute();
  const api = ext();
  if (!api) return;
  api.storage.local.get(KEYS).then(apply, () => undefined);
  const managedArea = (api.storage as { managed?: { get(keys: null): Promise<Record<string, unknown>> } }).managed;
  managedArea?.get(null).then((values) => {
    managed = values; // settingsFrom checks it, whatever it is
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
  const { kinds, sitesOff, dailyCap } = state.settings;
  const setting = kinds[kind];
  if (!setting.enabled || sitesOff.includes(site)) return 'off';
  if (setting.mode === 'reminder') return 'note';
  if (dailyCap > 0 && pausesToday(state.counts, site, dayOf(now)) >= dailyCap) return 'note';
  return 'pause';
}

/**
 * "People I know" as stored. The reminder UI reads it (content/reminder/ask.ts): whether this
 * person is among them takes a hash, which the browser computes asynchronously, and the page
 * script stays smaller without it.
 */
export function knownPeople(): unknown {
  return state.known;
}

/** Every photo pauses, or only one the photo check finds may show nudity. */
export function photoScope(): PhotoScope {
  return state.settings.photoScope;
}

/** How many reminders of a kind were shown recently: turns the wording so it stays fresh. */
export function shownCount(kind: Kind): number {
  return countWhere(state.counts, (key) => key.kind === kind);
}

/**
 * The family's region for reading phone numbers in a message (its own plan first), as stored:
 * the page script has no region list to check it against, and a wrong code only reorders the
 * plans tried. Details the parent listed to protect are not stored yet (issue 12, left).
 */
export function chatRegion(): string | null {
  const { region } = local;
  return typeof region === 'string' ? region : null; // countriesFor (chat/personal/phone.ts) takes a two-letter one only
}
