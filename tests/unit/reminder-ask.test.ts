/**
 * What follows a hold, in the reminder UI (content/reminder/ask.ts), driven the way the page
 * script's hold (content/hold/held.ts) drives it: a request with `held` and `settle`. The
 * action is settled exactly once, delivered when anything fails, never shown for after it was
 * let go; a remembered person gets neither a reminder nor a note.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Attempt } from '../../content/hold/held';
import type { HeldAsk } from '../../content/reminder-loader';
import { ui } from '../../content/reminder/ui';
import { withKnownPerson } from '../../model/known-people';
import { click, installListeners, reminder, removeListeners } from './helpers/events';

const friend = (person: string | null = 'jack'): Attempt => ({ kind: 'friend-request', site: 'x', person });
let settled: boolean[] = [];
let stillHeld = true;
/** The hold could not deliver (the page took the control away). */
let lost = false;
let counted: string[] = [];
let notes: string[] = [];
const { recordChoice, rememberPerson, showNote } = ui;

function request(attempt: Attempt, more: Partial<HeldAsk> = {}): HeldAsk {
  return {
    attempt,
    href: location.href,
    turn: 0,
    nudityOnly: false,
    known: null,
    held: () => stillHeld,
    settle: (deliver) => {
      if (!stillHeld) return null;
      stillHeld = false;
      settled.push(deliver);
      return deliver && !lost;
    },
    ...more,
  };
}

beforeEach(async () => {
  // The page script's listeners route the child's clicks on the reminder (content/listen.ts).
  await installListeners(null);
  settled = [];
  stillHeld = true;
  lost = false;
  counted = [];
  notes = [];
  ui.recordChoice = async (kind, site, choice) => void counted.push(`${kind}|${site}|${choice}`);
  ui.rememberPerson = async (site, person) => void counted.push(`remember|${site}|${person}`);
  ui.showNote = (kind, words) => void notes.push(words ? `${kind}:${words}` : kind);
});

afterEach(() => {
  Object.assign(ui, { recordChoice, rememberPerson, showNote });
  ui.closeReminder();
  removeListeners();
});

describe('asking about a held action', () => {
  it('shows the reminder at once; "continue" settles it delivered, remembers the person and counts it', () => {
    ui.ask(request(friend()));
    expect(reminder()).not.toBeNull();
    expect(settled).toEqual([]);
    click(reminder()!.button('continue'));
    expect(settled).toEqual([true]);
    expect(counted).toEqual(['remember|x|jack', 'friend-request|x|continue']);
  });

  it('"continue" on another page than the one acted on: settled as not delivered, counted as not now', () => {
    ui.ask(request(friend(), { href: 'https://x.com/elsewhere' }));
    click(reminder()!.button('continue'));
    expect(settled).toEqual([false]);
    expect(counted).toEqual(['friend-request|x|cancel']);
  });

  it('a "continue" the hold could not deliver: nothing remembered, counted as not now, the child is told', () => {
    lost = true;
    ui.ask(request(friend()));
    click(reminder()!.button('continue'));
    expect(settled).toEqual([true]);
    expect(counted).toEqual(['friend-request|x|cancel']);
    expect(notes).toEqual(['friend-request:noteNotDone']);
  });

  it('let go meanwhile (a navigation): no reminder, nothing settled or counted', () => {
    stillHeld = false;
    ui.ask(request(friend()));
    expect(reminder()).toBeNull();
    expect(settled).toEqual([]);
  });

  it('a reminder that cannot be shown (one is up already): settled as delivered, once', () => {
    ui.ask(request(friend('jill')));
    const first = settled.length;
    stillHeld = true;
    ui.ask(request(friend()));
    expect(first).toBe(0);
    expect(settled).toEqual([true]);
  });

  it('a remembered person: delivered unasked, with no reminder and nothing counted', async () => {
    const known = await withKnownPerson(null, 'x', 'jack', Date.now());
    ui.ask(request(friend(), { known }));
    await vi.waitFor(() => expect(settled).toEqual([true]));
    expect(reminder()).toBeNull();
    expect(counted).toEqual([]);
  });

  it('a corrupt "people I know" knows nobody: the reminder shows', async () => {
    ui.ask(request(friend(), { known: { salt: 'zz', entries: { nothex: Date.now() + 1e9 } } }));
    await vi.waitFor(() => expect(reminder()).not.toBeNull());
    expect(settled).toEqual([]);
  });
});

describe('the note in reminder mode', () => {
  it('shows and counts once for someone not remembered', async () => {
    ui.note(friend(), null);
    await vi.waitFor(() => expect(notes).toEqual(['friend-request']));
    expect(counted).toEqual(['friend-request|x|note']);
  });

  it('shows nothing for a remembered person', async () => {
    const known = await withKnownPerson(null, 'x', 'jack', Date.now());
    ui.note(friend(), known);
    ui.note(friend('jill'), known);
    await vi.waitFor(() => expect(notes).toEqual(['friend-request']));
    expect(counted).toEqual(['friend-request|x|note']);
  });
});
