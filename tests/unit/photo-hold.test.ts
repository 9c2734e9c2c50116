/**
 * The photo check inside the hold (content/hold/held.ts, content/reminder/ui.ts), with the
 * check's answer chosen here (content/photo/check.ts mocked; the real check is covered by
 * tests/e2e/photo-check.e2e.ts):
 * - "every photo": the reminder appears at once; a firm answer switches it to the firm words
 *   (Get help first, Not now focused); the choice is counted as a firm photo reminder;
 * - "only when a photo may show nudity": held with no reminder until the answer; ordinary →
 *   delivered once, untouched; firm → firm words; photo, unknown (an error, a time-out) → the
 *   ordinary reminder.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startStateWith } from './helpers/state';
import { click, installListeners, reminder, removeListeners, trusted } from './helpers/events';
import type { PhotoVerdict } from '../../vocabulary/photo-check';

const answer = vi.hoisted(() => ({ verdict: 'ordinary' as PhotoVerdict, calls: 0 }));
vi.mock('../../content/photo/check', () => ({
  checkPhotos: async () => {
    answer.calls++;
    return answer.verdict;
  },
  gatePhotos: async () => {
    answer.calls++;
    return answer.verdict;
  },
  warmPhotoCheck: async () => true,
  warmBeforeChoice: async () => true,
}));

let log: string[] = [];
const photo = () => new File(['x'], 'me.jpg', { type: 'image/jpeg' });

function chooseIn(input: HTMLInputElement): void {
  const transfer = new DataTransfer();
  transfer.items.add(photo());
  Object.defineProperty(input, 'files', { value: transfer.files, configurable: true });
  input.dispatchEvent(trusted(new Event('input', { bubbles: true, composed: true })));
  input.dispatchEvent(trusted(new Event('change', { bubbles: true })));
}

function fileInput(): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  for (const type of ['input', 'change']) input.addEventListener(type, () => log.push(type));
  document.body.append(input);
  return input;
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const firm = () => reminder()?.root.querySelector('[role=alertdialog][data-firm]') != null;
const order = () => [...(reminder()?.root.querySelectorAll('[data-choice]') ?? [])].map((b) => b.getAttribute('data-choice'));

beforeEach(async () => {
  log = [];
  answer.calls = 0;
  await installListeners(null);
});
afterEach(() => {
  removeListeners();
  document.body.innerHTML = '';
});

describe('every photo (default)', () => {
  beforeEach(() => startStateWith());

  it('the reminder is there at once; a firm answer switches it to the firm words, Get help first, Not now focused', async () => {
    answer.verdict = 'firm';
    chooseIn(fileInput());
    expect(reminder()).not.toBeNull();
    expect(order()).toEqual(['continue', 'cancel', 'help']);
    await settle();
    await settle();
    expect(answer.calls).toBe(1);
    expect(firm()).toBe(true);
    expect(order()).toEqual(['help', 'cancel', 'continue']);
    expect(reminder()!.root.activeElement?.getAttribute('data-choice')).toBe('cancel');
    click(reminder()!.button('continue'));
    expect(log).toEqual(['input', 'change']);
  });

  it.each(['ordinary', 'photo', 'unknown'] as const)('%s keeps the ordinary words', async (verdict) => {
    answer.verdict = verdict;
    chooseIn(fileInput());
    await settle();
    await settle();
    expect(reminder()).not.toBeNull();
    expect(firm()).toBe(false);
  });
});

describe('only when a photo may show nudity', () => {
  beforeEach(() => startStateWith({ photoScope: 'nudity' }));

  it('an ordinary photo is delivered once, untouched, with no reminder', async () => {
    answer.verdict = 'ordinary';
    chooseIn(fileInput());
    expect(log, 'held while the check runs').toEqual([]);
    expect(reminder()).toBeNull();
    await settle();
    await settle();
    expect(log).toEqual(['input', 'change']);
    expect(reminder()).toBeNull();
  });

  it('a firm answer shows the firm words at once', async () => {
    answer.verdict = 'firm';
    chooseIn(fileInput());
    await settle();
    await settle();
    expect(firm()).toBe(true);
    expect(log).toEqual([]);
    click(reminder()!.button('cancel'));
    expect(log).toEqual([]);
  });

  it.each(['photo', 'unknown'] as const)('%s (a revealing photo, or no answer in time, or an error) shows the ordinary reminder', async (verdict) => {
    answer.verdict = verdict;
    chooseIn(fileInput());
    await settle();
    await settle();
    expect(reminder()).not.toBeNull();
    expect(firm()).toBe(false);
    expect(log).toEqual([]);
  });
});
