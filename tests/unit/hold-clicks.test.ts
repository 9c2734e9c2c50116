/**
 * Holding a click: the page's own handler sees nothing until the child chooses; "continue"
 * delivers exactly one click to the same element, "not now" none; page-made events are
 * ignored, both as actions and as choices.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startStateWith } from './helpers/state';
import { ruleForHost } from '../../content/sites/lookup';
import { click, installListeners, key, reminder, removeListeners } from './helpers/events';

let delivered: EventTarget[] = [];
const record = (event: Event) => delivered.push(event.target!);

function page(html: string): void {
  document.body.innerHTML = html;
  document.body.addEventListener('click', record);
}

beforeEach(async () => {
  delivered = [];
  await startStateWith();
  await installListeners(ruleForHost('www.facebook.com'));
});

afterEach(() => {
  removeListeners();
  document.body.removeEventListener('click', record);
  document.querySelectorAll('safe-nudge').forEach((node) => node.remove());
  reminder()?.host.remove();
});

describe('a friend request click', () => {
  it('is held, then delivered once to the same element on "continue"', async () => {
    page('<div role="button" aria-label="Add friend"><span id="inner">Add friend</span></div>');
    const inner = document.getElementById('inner')!;
    click(inner);
    expect(delivered).toHaveLength(0);
    const shown = reminder()!;
    expect(shown.host.getAttribute('data-kind')).toBe('friend-request');
    expect(shown.root.querySelector('[role="alertdialog"]')?.getAttribute('aria-labelledby')).toBe('sn-title');
    click(shown.button('continue'));
    expect(delivered).toEqual([inner]);
    expect(reminder()).toBeNull();
  });

  it('is cancelled cleanly on "not now" and on Escape', async () => {
    page('<button>Follow</button>');
    const button = document.querySelector('button')!;
    click(button);
    click(reminder()!.button('cancel'));
    expect(delivered).toHaveLength(0);
    click(button);
    key(reminder()!.button('cancel'), 'Escape');
    expect(delivered).toHaveLength(0);
    expect(reminder()).toBeNull();
  });

  it('ignores choices the page makes itself', async () => {
    page('<button>Follow</button>');
    click(document.querySelector('button')!);
    const shown = reminder()!;
    click(shown.button('continue'), false);
    shown.button('continue').click();
    expect(delivered).toHaveLength(0);
    expect(reminder()).not.toBeNull();
    click(shown.button('continue'));
    expect(delivered).toHaveLength(1);
  });

  it('ignores a choice made before the child could read the reminder (a double-click)', async () => {
    page('<button>Add friend</button>');
    click(document.querySelector('button')!);
    click(reminder()!.button('continue'), true, true);
    expect(delivered).toHaveLength(0);
    expect(reminder()).not.toBeNull();
    click(reminder()!.button('continue'));
    expect(delivered).toHaveLength(1);
  });

  it('puts itself back when the page empties, moves or restyles it', async () => {
    page('<button>Add friend</button><div id="trap" style="display:none"></div>');
    click(document.querySelector('button')!);
    const shown = reminder()!;
    shown.root.replaceChildren();
    document.getElementById('trap')!.append(shown.host);
    shown.host.setAttribute('style', 'display:none');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const again = reminder()!;
    expect(again.host.parentNode).toBe(document.documentElement);
    expect(again.host.hasAttribute('style')).toBe(false);
    expect(again.root.querySelector('[role="alertdialog"]')).not.toBeNull();
    click(again.button('continue'));
    expect(delivered).toHaveLength(1);
  });

  it('absorbs a second click while one is held, and never stacks reminders', async () => {
    page('<button>Add friend</button>');
    const button = document.querySelector('button')!;
    for (let i = 0; i < 10; i++) click(button);
    expect(document.querySelectorAll('safe-nudge')).toHaveLength(1);
    click(reminder()!.button('continue'));
    expect(delivered).toHaveLength(1);
  });

  it('leaves look-alikes and page-made clicks alone', async () => {
    page('<button id="a">Following</button><button id="b">Unfollow</button><button id="c">Message</button><button id="d">Follow</button>');
    for (const id of ['a', 'b', 'c']) click(document.getElementById(id)!);
    click(document.getElementById('d')!, false);
    expect(delivered).toHaveLength(4);
    expect(reminder()).toBeNull();
  });

  it('shows the help card without releasing anything', async () => {
    page('<button>Add friend</button>');
    click(document.querySelector('button')!);
    const shown = reminder()!;
    const card = shown.root.getElementById('sn-help')!;
    expect(card.hasAttribute('hidden')).toBe(true);
    click(shown.button('help'));
    expect(card.hasAttribute('hidden')).toBe(false);
    expect(shown.button('help').getAttribute('aria-expanded')).toBe('true');
    expect(delivered).toHaveLength(0);
    click(shown.button('cancel'));
    expect(delivered).toHaveLength(0);
  });

  it('does nothing on a site the parent turned off, or with the kind off', async () => {
    await startStateWith({ sitesOff: ['facebook'] });
    page('<button>Add friend</button>');
    click(document.querySelector('button')!);
    expect(delivered).toHaveLength(1);
    await startStateWith({ kinds: { 'friend-request': { enabled: false, mode: 'pause' } } });
    click(document.querySelector('button')!);
    expect(delivered).toHaveLength(2);
    expect(reminder()).toBeNull();
  });

  it('in reminder mode lets the click through and shows a short note', async () => {
    await startStateWith({ kinds: { 'friend-request': { enabled: true, mode: 'reminder' } } });
    page('<button>Add friend</button>');
    click(document.querySelector('button')!);
    expect(delivered).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const note = document.querySelector('safe-nudge[data-mode="reminder"]');
    expect(note?.getAttribute('data-kind')).toBe('friend-request');
    expect(note?.shadowRoot?.querySelector('[role="status"]')).not.toBeNull();
  });

  it('switches to the note once the daily cap of pauses on a site is reached', async () => {
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    await startStateWith({ dailyCap: 2, counts: { [`${day}|friend-request|facebook|cancel`]: 2 } });
    page('<button>Add friend</button>');
    click(document.querySelector('button')!);
    expect(delivered).toHaveLength(1);
    expect(reminder()).toBeNull();
  });

  it('falls back to asking when stored settings are corrupt', async () => {
    await startStateWith({ kinds: 'garbage', sitesOff: { facebook: true }, dailyCap: -5, counts: 'x', knownPeople: [1, 2] });
    page('<button>Add friend</button>');
    click(document.querySelector('button')!);
    expect(delivered).toHaveLength(0);
    expect(reminder()).not.toBeNull();
  });

  it('lets a family policy win over stored settings', async () => {
    await startStateWith({ kinds: { 'friend-request': { enabled: false, mode: 'pause' } } }, { kinds: { 'friend-request': { enabled: true } } });
    page('<button>Add friend</button>');
    click(document.querySelector('button')!);
    expect(delivered).toHaveLength(0);
    expect(reminder()).not.toBeNull();
  });
});

describe('a control in an open shadow root', () => {
  it('is found through the composed path', async () => {
    page('<div id="host"></div>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    button.textContent = 'Follow';
    shadow.append(button);
    click(button);
    expect(delivered).toHaveLength(0);
    click(reminder()!.button('continue'));
    expect(delivered).toHaveLength(1);
  });
});
