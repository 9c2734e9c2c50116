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
const recordChoice = ui.recordChoice;

function page(html: string): void {
  document.body.innerHTML = html;
  document.body.addEventListener('click', record);
}
const record = (event: Event) => delivered.push((event.target as Element).id);

beforeEach(async () => {
  delivered = [];
  counted = [];
  ui.recordChoice = async (_kind, _site, choice) => void counted.push(choice);
  await startStateWith();
  await installListeners(ruleForHost('www.facebook.com'));
});

afterEach(() => {
  ui.recordChoice = recordChoice;
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
