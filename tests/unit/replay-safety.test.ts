/**
 * Nothing lost on replay (issue 10 §3): a "continue" that could not be delivered is not
 * counted as one; an action taken behind the open reminder is neither let through unasked
 * nor dropped, and the same control again is not doubled; a burst of clicks, or a press made
 * before the reminder was on screen, never chooses.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startStateWith } from './helpers/state';
import { ruleForHost } from '../../content/sites/lookup';
import { click, installListeners, reminder, removeListeners, trusted } from './helpers/events';
import { abandonHeld } from '../../content/hold/held';
import { ui } from '../../content/reminder/ui';

let delivered: string[] = [];
let counted: string[] = [];
let notes: string[] = [];
const { recordChoice, rememberPerson, showNote } = ui;

function page(html: string): void {
  document.body.innerHTML = html;
  document.body.addEventListener('click', record);
}
const record = (event: Event) => delivered.push((event.target as Element).id);

beforeEach(async () => {
  delivered = [];
  counted = [];
  notes = [];
  ui.recordChoice = async (_kind, _site, choice) => void counted.push(choice);
  ui.rememberPerson = async () => undefined; // "don't ask again" is tested elsewhere; here every test starts unknown
  ui.showNote = (kind, words) => void notes.push(`${kind}:${words ?? ''}`);
  await startStateWith();
  await installListeners(ruleForHost('www.facebook.com'));
});

afterEach(() => {
  Object.assign(ui, { recordChoice, rememberPerson, showNote });
  removeListeners();
  document.body.removeEventListener('click', record);
  document.body.innerHTML = '';
});

describe('a continue that cannot be delivered', () => {
  it('after the page moved to another address (no navigation event), delivers nothing and counts "not now"', () => {
    const start = location.href;
    page('<button id="add">Add friend</button>');
    click(document.getElementById('add')!);
    history.pushState({}, '', '/someone-else');
    try {
      click(reminder()!.button('continue'));
      expect(delivered).toEqual([]);
      expect(counted).toEqual(['cancel']);
    } finally {
      history.pushState({}, '', start);
    }
  });

  it('on the same page, delivers and counts "continue"', () => {
    page('<button id="add">Add friend</button>');
    click(document.getElementById('add')!);
    click(reminder()!.button('continue'));
    expect(delivered).toEqual(['add']);
    expect(counted).toEqual(['continue']);
  });
});

describe('a control the page re-rendered while the child read (issue 10 §3(b))', () => {
  const card = (id: string, name = 'alex.smith') =>
    `<div class="card"><a href="/${name}">${name}</a><span>2 mutual friends</span><button id="${id}">Add friend</button></div>`;

  it('is found again (same label, same person, same card) and gets the click once', () => {
    page(card('add') + card('other', 'sam.jones'));
    click(document.getElementById('add')!);
    document.body.innerHTML = card('add-again') + card('other-again', 'sam.jones'); // the feed redrew every card
    click(reminder()!.button('continue'));
    expect(delivered).toEqual(['add-again']);
    expect(counted).toEqual(['continue']);
    expect(notes).toEqual([]);
  });

  it('is not guessed when two controls are alike: nothing is delivered, "not now" is counted and the child is told', () => {
    page(card('add'));
    click(document.getElementById('add')!);
    document.body.innerHTML = card('one') + card('two');
    click(reminder()!.button('continue'));
    expect(delivered).toEqual([]);
    expect(counted).toEqual(['cancel']);
    expect(notes).toEqual(['friend-request:noteNotDone']);
  });

  it('that is gone (the card left the feed): nothing is delivered, the page is left as it is, the child is told', () => {
    page(card('add') + card('other', 'sam.jones'));
    click(document.getElementById('add')!);
    document.body.innerHTML = card('other-again', 'sam.jones');
    const before = document.body.innerHTML;
    click(reminder()!.button('continue'));
    expect(delivered).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
    expect(counted).toEqual(['cancel']);
    expect(notes).toEqual(['friend-request:noteNotDone']);
  });

  it('"not now" on a re-rendered control: nothing delivered, nothing looked for, no note', () => {
    page(card('add'));
    click(document.getElementById('add')!);
    document.body.innerHTML = card('add-again');
    click(reminder()!.button('cancel'));
    expect(delivered).toEqual([]);
    expect(counted).toEqual(['cancel']);
    expect(notes).toEqual([]);
  });

  it('a control still in the page gets the click itself, as before', () => {
    page(card('add') + card('other', 'sam.jones'));
    click(document.getElementById('add')!);
    document.body.insertAdjacentHTML('afterbegin', card('new-one', 'kim.lee'));
    click(reminder()!.button('continue'));
    expect(delivered).toEqual(['add']);
    expect(counted).toEqual(['continue']);
  });
});

describe('a second action while a reminder is open', () => {
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('another Add friend waits its turn: asked about after the first, delivered once', async () => {
    page('<button id="a">Add friend</button><button id="b">Add friend</button>');
    click(document.getElementById('a')!);
    click(document.getElementById('b')!);
    expect(delivered, 'never passes unasked').toEqual([]);
    click(reminder()!.button('continue'));
    expect(delivered).toEqual(['a']);
    await nextTask();
    expect(reminder(), 'the second is asked about').not.toBeNull();
    click(reminder()!.button('continue'));
    expect(delivered).toEqual(['a', 'b']);
    expect(reminder()).toBeNull();
  });

  it('is still asked about when the child said not now to the first', async () => {
    page('<button id="a">Add friend</button><button id="b">Add friend</button>');
    click(document.getElementById('a')!);
    click(document.getElementById('b')!);
    click(reminder()!.button('cancel'));
    await nextTask();
    expect(reminder()).not.toBeNull();
    click(reminder()!.button('continue'));
    expect(delivered).toEqual(['b']);
    expect(counted).toEqual(['cancel', 'continue']);
  });

  it('the same button again (a double-click) is part of the first: delivered once, not twice', () => {
    page('<button id="a">Add friend</button>');
    const button = document.getElementById('a')!;
    click(button);
    click(button);
    click(button);
    click(reminder()!.button('continue'));
    expect(delivered).toEqual(['a']);
    expect(reminder()).toBeNull();
  });

  it('what waited is cancelled with the first when the page navigates away', async () => {
    page('<button id="a">Add friend</button><button id="b">Add friend</button>');
    click(document.getElementById('a')!);
    click(document.getElementById('b')!);
    abandonHeld('https://www.facebook.com/elsewhere');
    await nextTask();
    expect(reminder()).toBeNull();
    expect(delivered).toEqual([]);
  });
});

describe('what counts as the child choosing', () => {
  /** A trusted press and click on `target`, at `time` on the page's clock (the events' own time). */
  function pressAt(target: Element, time: number): void {
    for (const type of ['pointerdown', 'click']) {
      const event = trusted(
        type === 'click'
          ? new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0, detail: 1 })
          : new PointerEvent('pointerdown', { bubbles: true, cancelable: true, composed: true, button: 0 }),
      );
      Object.defineProperty(event, 'timeStamp', { value: time });
      target.dispatchEvent(event);
    }
  }

  it('a quick series of clicks on continue is one gesture: none chooses, a press after a pause does', () => {
    page('<button id="a">Add friend</button>');
    const shownAt = performance.now();
    click(document.getElementById('a')!);
    const button = reminder()!.button('continue');
    for (const after of [100, 450, 800, 1150]) pressAt(button, shownAt + after); // 350 ms apart
    expect(delivered, 'a burst never clicks through').toEqual([]);
    pressAt(button, shownAt + 2000);
    expect(delivered).toEqual(['a']);
  });

  it('a press made before the frame that showed the reminder (a busy machine) does not choose', () => {
    const frames: FrameRequestCallback[] = [];
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    try {
      page('<button id="a">Add friend</button>');
      const shownAt = performance.now();
      click(document.getElementById('a')!);
      // The frame with the reminder on screen came a second late.
      for (const frame of frames.splice(0)) frame(shownAt + 1000);
      const button = reminder()!.button('continue');
      pressAt(button, shownAt + 600);
      expect(delivered, '600 ms after it was asked for, but before the child could see it').toEqual([]);
      pressAt(button, shownAt + 1600);
      expect(delivered).toEqual(['a']);
    } finally {
      raf.mockRestore();
    }
  });
});
