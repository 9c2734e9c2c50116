/**
 * The reminder's parts, each on its own: the card (views/), the focus trap, tamper repair and
 * staging (content/reminder/). The whole, through the page-wide listeners, is tested in
 * hold-clicks.test.ts and reminder-staging.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildReminderCard } from '../../views/reminder-card';
import { buildReminder } from '../../content/reminder/build';
import { current, type OpenReminder, type ReminderHooks } from '../../content/reminder/current';
import { trapTab } from '../../content/reminder/focus';
import { keep, restore } from '../../content/reminder/repair';
import { discardStaged, stageReminder, takeStaged } from '../../content/reminder/stage';
import { takeDown } from '../../content/reminder/top-layer';
import { getMessage } from './setup';
import { trusted } from './helpers/events';

const hooks: ReminderHooks = { changed: () => undefined, closed: () => undefined, cancelled: () => undefined };

afterEach(() => {
  if (current.open) takeDown(current.open);
  current.open = null;
  discardStaged();
  document.querySelectorAll('safe-nudge').forEach((node) => node.remove());
});

describe('the card (views/reminder-card.ts)', () => {
  it('carries Safe Nudge\'s name and mark, then the question, the words and the three choices in order', () => {
    const card = buildReminderCard({ kind: 'image-upload', turn: 0, text: getMessage });
    const brand = card.querySelector('.brand')!;
    expect(card.firstElementChild).toBe(brand);
    expect(brand.textContent).toBe('Safe Nudge');
    expect(brand.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(card.getAttribute('aria-labelledby')).toBe('sn-title');
    expect(card.querySelector('#sn-title')?.textContent).toBe(getMessage('reminderPhoto1Title'));
    expect([...card.querySelectorAll('button')].map((button) => [button.dataset.choice, button.textContent])).toEqual([
      ['continue', 'Share it'], ['cancel', 'Not now'], ['help', 'Get help'],
    ]);
    expect(card.querySelector('[data-choice="help"]')!.hasAttribute('aria-controls')).toBe(false);
  });

  it('wires the help button to a help card when it has one', () => {
    const help = document.createElement('div');
    help.id = 'x-help';
    const card = buildReminderCard({ kind: 'friend-request', turn: 1, text: getMessage, idPrefix: 'x', help });
    expect(card.lastElementChild).toBe(help);
    expect(card.querySelector('[data-choice="help"]')?.getAttribute('aria-controls')).toBe('x-help');
    expect(card.querySelector('#x-title')?.textContent).toBe(getMessage('reminderFriend2Title'));
  });
});

describe('the focus trap (content/reminder/focus.ts)', () => {
  it('takes Tab round the reminder\'s buttons, both ways, skipping a closed help card', () => {
    const reminder = buildReminder({ kind: 'friend-request', turn: 0 }, false, hooks);
    const tab = (shiftKey = false) => {
      const event = trusted(new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true }));
      trapTab(event, reminder);
      expect(event.defaultPrevented).toBe(true);
      return (reminder.root.activeElement as HTMLElement | null)?.dataset.choice;
    };
    reminder.root.querySelector<HTMLElement>('[data-choice="cancel"]')!.focus();
    expect([tab(), tab(), tab(), tab(true)]).toEqual(['help', 'continue', 'cancel', 'continue']);
    takeDown(reminder);
  });
});

describe('tamper repair (content/reminder/repair.ts)', () => {
  function openReminder(): OpenReminder {
    const reminder = buildReminder({ kind: 'friend-request', turn: 0 }, false, hooks);
    keep(reminder);
    current.open = reminder;
    return reminder;
  }

  it('undoes what the page did: its attributes, an emptied inside, a move', () => {
    const reminder = openReminder();
    const trap = document.body.appendChild(document.createElement('div'));
    reminder.host.setAttribute('style', 'display: none');
    reminder.root.replaceChildren();
    trap.append(reminder.host);
    restore(reminder);
    expect(reminder.host.hasAttribute('style')).toBe(false);
    expect(reminder.host.getAttribute('data-kind')).toBe('friend-request');
    expect(reminder.host.parentNode).toBe(document.documentElement);
    expect([...reminder.root.children].map((node) => node.localName)).toEqual(['style', 'dialog']);
    expect(reminder.root.querySelectorAll('button[data-choice]')).toHaveLength(3);
    trap.remove();
  });

  it('leaves a reminder that is no longer open alone', () => {
    const reminder = openReminder();
    current.open = null;
    reminder.host.setAttribute('style', 'display: none');
    restore(reminder);
    expect(reminder.host.getAttribute('style')).toBe('display: none');
    takeDown(reminder);
  });
});

describe('staging (content/reminder/stage.ts)', () => {
  it('stages one hidden reminder, hands it over for the same wording, and discards it for another', () => {
    stageReminder('friend-request', 2, hooks);
    const staged = document.querySelector('safe-nudge[data-staged]');
    expect(staged).not.toBeNull();
    stageReminder('friend-request', 2, hooks);
    expect(document.querySelectorAll('safe-nudge')).toHaveLength(1);
    expect(takeStaged('image-upload', 2)).toBeNull();
    expect(document.querySelector('safe-nudge')).toBeNull();
    stageReminder('image-upload', 0, hooks);
    const taken = takeStaged('image-upload', 0)!;
    expect(taken.host.isConnected).toBe(true);
    expect(current.staged).toBeNull();
    takeDown(taken);
  });
});
