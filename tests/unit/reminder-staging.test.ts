/**
 * The reminder is made ready while the child presses a control that would be held
 * (content/hold/clicks.ts, content/reminder/stage.ts): built and laid out, hidden, so the
 * click only reveals it. Nothing may change for the child or the page: a staged reminder is
 * never visible or chosen from, the click still holds and delivers exactly once, a press that
 * ends without a click leaves nothing behind, and whatever the page does to the staged
 * reminder is undone when it is revealed. A press on any other control is not classified again
 * at its click.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startStateWith } from './helpers/state';
import { ruleForHost } from '../../content/sites/lookup';
import { STAGED_MS } from '../../content/reminder/stage';
import { REMINDER_CSS } from '../../views/styles';
import { click, installListeners, reminder, removeListeners, trusted } from './helpers/events';

let delivered: EventTarget[] = [];
const record = (event: Event) => delivered.push(event.target!);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function page(html: string): void {
  document.body.innerHTML = html;
  document.body.addEventListener('click', record);
}

const press = (target: Element) =>
  target.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true, composed: true, button: 0 })));
const release = (target: Element) =>
  target.dispatchEvent(trusted(new PointerEvent('pointerup', { bubbles: true, composed: true, button: 0 })));
/** A press, release and click on the same element, as a person's click is. */
function personClicks(target: Element): void {
  press(target);
  release(target);
  click(target);
}

const hosts = () => [...document.querySelectorAll('safe-nudge')];
const staged = () => document.querySelector('safe-nudge[data-staged]');

beforeEach(async () => {
  delivered = [];
  await fakeBrowser.storage.local.clear();
  await startStateWith();
  await installListeners(ruleForHost('www.facebook.com'));
});

afterEach(() => {
  vi.useRealTimers();
  removeListeners();
  document.body.removeEventListener('click', record);
});

describe('a press on a control that would be held', () => {
  it('stages one hidden reminder, which the click reveals; "continue" delivers exactly once', async () => {
    page('<button>Add friend</button>');
    const button = document.querySelector('button')!;
    press(button);
    const host = staged();
    expect(host, 'staged at the press').not.toBeNull();
    expect(hosts()).toHaveLength(1);
    expect(delivered).toHaveLength(0);
    release(button);
    click(button);
    expect(hosts(), 'the same element, revealed').toEqual([host]);
    expect(host!.hasAttribute('data-staged')).toBe(false);
    expect(host!.shadowRoot!.activeElement?.getAttribute('data-choice'), 'focus on "not now"').toBe('cancel');
    expect(delivered).toHaveLength(0);
    click(reminder()!.button('continue'));
    expect(delivered).toEqual([button]);
    expect(hosts()).toHaveLength(0);
  });

  it('is hidden by its own styles: invisible and out of the way while staged', async () => {
    expect(REMINDER_CSS).toMatch(/:host\(\[data-staged\]\) \{ visibility: hidden !important; \}/);
    expect(REMINDER_CSS).toMatch(/:host\(\[data-staged\]\) dialog::backdrop \{ visibility: hidden !important; \}/);
  });

  it('takes nothing from the page: no click, no choice, while only staged', async () => {
    page('<button>Add friend</button>');
    const button = document.querySelector('button')!;
    press(button);
    const host = staged()!;
    const pageSaw: string[] = [];
    document.addEventListener('click', (event) => pageSaw.push((event.target as Element).localName));
    click(host.shadowRoot!.querySelector('[data-choice="continue"]')!);
    expect(pageSaw, 'a click inside the staged reminder never reaches the page').toEqual([]);
    expect(staged(), 'and chooses nothing').toBe(host);
    expect(delivered).toHaveLength(0);
  });

  it('leaves nothing behind when the press ends without a click (the child slid off)', async () => {
    page('<button>Add friend</button><p id="elsewhere">text</p>');
    press(document.querySelector('button')!);
    expect(staged()).not.toBeNull();
    release(document.getElementById('elsewhere')!);
    await flush();
    expect(hosts()).toHaveLength(0);
    expect(delivered).toHaveLength(0);
  });

  it('goes by itself if neither release nor click comes', async () => {
    vi.useFakeTimers();
    page('<button>Add friend</button>');
    press(document.querySelector('button')!);
    expect(staged()).not.toBeNull();
    vi.advanceTimersByTime(STAGED_MS);
    expect(hosts()).toHaveLength(0);
  });

  it('is hidden again at once if the page unhides it, and rebuilt whole at the click if the page emptied it', async () => {
    page('<button>Add friend</button>');
    const button = document.querySelector('button')!;
    press(button);
    const host = staged()!;
    host.removeAttribute('data-staged');
    host.shadowRoot!.querySelector('[data-choice="continue"]')!.textContent = 'Page text';
    host.shadowRoot!.querySelector('[data-choice="cancel"]')!.remove();
    await flush();
    expect(host.hasAttribute('data-staged'), 'hidden again').toBe(true);
    release(button);
    click(button);
    const shown = reminder()!;
    const labels = [...shown.root.querySelectorAll('button[data-choice]')].map((node) => node.getAttribute('data-choice'));
    expect(labels).toEqual(['continue', 'cancel', 'help']);
    expect(shown.button('continue').textContent).not.toBe('Page text');
    click(shown.button('cancel'));
    expect(delivered).toHaveLength(0);
  });

  it('is put back when the page removes it before the click', async () => {
    page('<button>Add friend</button>');
    const button = document.querySelector('button')!;
    press(button);
    staged()!.remove();
    release(button);
    click(button);
    expect(hosts()).toHaveLength(1);
    expect(reminder()!.host.parentNode).toBe(document.documentElement);
    click(reminder()!.button('continue'));
    expect(delivered).toEqual([button]);
  });

  it('is not staged while a reminder is open: presses and clicks never stack reminders', async () => {
    page('<button>Add friend</button>');
    const button = document.querySelector('button')!;
    for (let i = 0; i < 10; i++) personClicks(button);
    expect(hosts()).toHaveLength(1);
    expect(staged()).toBeNull();
    click(reminder()!.button('continue'));
    expect(delivered).toEqual([button]);
  });

  it('is not staged when the parent chose a note or turned the kind off', async () => {
    for (const kinds of [
      { 'friend-request': { enabled: true, mode: 'reminder' }, 'image-upload': { enabled: true, mode: 'pause' } },
      { 'friend-request': { enabled: false, mode: 'pause' }, 'image-upload': { enabled: true, mode: 'pause' } },
    ]) {
      await startStateWith({ kinds });
      page('<button>Add friend</button>');
      press(document.querySelector('button')!);
      expect(staged(), JSON.stringify(kinds['friend-request'])).toBeNull();
    }
  });
});

describe('a press on any other control', () => {
  it('stages nothing, and its click reaches the page once', async () => {
    page('<button>Like</button>');
    const like = document.querySelector('button')!;
    personClicks(like);
    expect(hosts()).toHaveLength(0);
    expect(delivered).toEqual([like]);
  });

  it('does not excuse a click on a different element: pressing "Like" then clicking "Add friend" is held', async () => {
    page('<button id="like">Like</button><button id="add">Add friend</button>');
    const like = document.getElementById('like')!;
    const add = document.getElementById('add')!;
    press(like);
    release(add);
    click(add);
    expect(reminder(), 'held').not.toBeNull();
    expect(delivered).toHaveLength(0);
  });

  it('does not excuse a key-made click on the same element after the press', async () => {
    page('<div role="button" tabindex="0" id="c">Like</div>');
    const control = document.getElementById('c')!;
    press(control);
    release(control);
    control.textContent = 'Add friend';
    control.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true })));
    expect(reminder(), 'the key itself is held').not.toBeNull();
  });
});
