/**
 * The reminder UI arrives lazily (content/reminder-loader.ts): a held action must survive the
 * wait. Until the UI is here the click stays held (nothing delivered, nothing stacked); when
 * it arrives the reminder shows; if it fails or takes too long the click is delivered exactly
 * once; a navigation meanwhile cancels it and no reminder turns up later. A press on a
 * control that would be held starts the load; other presses do not. The same wait covers
 * "people I know", whose check takes an asynchronous hash.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ruleForHost } from '../../content/sites/lookup';
import type { ReminderUI } from '../../content/reminder-loader';
import { LOAD_WAIT_MS } from '../../content/hold/held';
import { personHash, withKnownPerson } from '../../model/known-people';

/**
 * Each test starts with a page script that has loaded nothing yet: fresh modules (the loader
 * keeps the UI once it has it), with the one import() replaced (tests/unit/setup.ts).
 */
async function freshPageScript() {
  vi.resetModules();
  const events = await import('./helpers/events');
  const { startStateWith } = await import('./helpers/state');
  const { abandonHeld } = await import('../../content/hold/held');
  const { ui } = await import('../../content/reminder/ui');
  const { importReminderUI } = await import('../../content/reminder-import');
  const { listen } = await import('../../content/listen');
  // The mocked module outlives resetModules: its loader gives this graph's UI again.
  vi.mocked(importReminderUI).mockImplementation(async () => ui);
  return { ...events, startStateWith, abandonHeld, ui, listen, importReminderUI: vi.mocked(importReminderUI) };
}
let page_: Awaited<ReturnType<typeof freshPageScript>>;
const click = (...args: Parameters<typeof page_.click>) => page_.click(...args);
const reminder = () => page_.reminder();
const trusted = <E extends Event>(event: E) => page_.trusted(event);
const installListeners = (rule: Parameters<typeof page_.installListeners>[0]) => page_.installListeners(rule);
const removeListeners = () => page_.removeListeners();
const startStateWith = (stored?: Record<string, unknown>) => page_.startStateWith(stored);
const abandonHeld = (href: string) => page_.abandonHeld(href);
/** The page script's loader now loads with `loader`, and nothing is loaded yet. */
const provideLoader = (loader: () => Promise<ReminderUI>) => page_.importReminderUI.mockImplementation(loader);

let delivered: EventTarget[] = [];
const record = (event: Event) => delivered.push(event.target!);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A loader the test settles by hand, counting how often it was asked. */
function manualLoader() {
  const calls = { count: 0 };
  let settle: { resolve(ui: ReminderUI): void; reject(error: Error): void } = { resolve() {}, reject() {} };
  const loader = () => {
    calls.count++;
    return new Promise<ReminderUI>((resolve, reject) => (settle = { resolve, reject }));
  };
  return { calls, loader, resolve: () => settle.resolve(page_.ui), reject: () => settle.reject(new Error('blocked')) };
}

function page(html: string): void {
  document.body.innerHTML = html;
  document.body.addEventListener('click', record);
}

function pointerDown(target: Element): void {
  target.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true, composed: true, button: 0 })));
}

beforeEach(async () => {
  delivered = [];
  page_ = await freshPageScript();
  await startStateWith();
});

/** The listeners of the fresh page script, with its UI loaded only when a test says how. */
async function start(host = 'www.facebook.com', loader?: () => Promise<ReminderUI>): Promise<void> {
  if (loader) provideLoader(loader);
  if (loader) {
    page_.listen((type, listener) => {
      window.addEventListener(type, listener, { capture: true });
      listeners.push(() => window.removeEventListener(type, listener, { capture: true }));
    }, ruleForHost(host));
  } else await installListeners(ruleForHost(host));
}
const listeners: (() => void)[] = [];

afterEach(() => {
  vi.useRealTimers();
  while (listeners.length) listeners.pop()!();
  removeListeners();
  document.body.removeEventListener('click', record);
  document.querySelectorAll('safe-nudge').forEach((node) => node.remove());
});

describe('a click held while the reminder UI loads', () => {
  it('stays held, absorbs repeats, and shows one reminder when the UI arrives', async () => {
    const load = manualLoader();
    await start('www.facebook.com', load.loader);
    page('<button>Add friend</button>');
    const button = document.querySelector('button')!;
    click(button);
    click(button);
    expect(delivered).toHaveLength(0);
    expect(reminder()).toBeNull();
    expect(load.calls.count).toBe(1);
    load.resolve();
    await flush();
    expect(document.querySelectorAll('safe-nudge')).toHaveLength(1);
    click(reminder()!.button('continue'));
    expect(delivered).toEqual([button]);
  });

  it('is delivered exactly once when the UI cannot load, and the next action tries again', async () => {
    const load = manualLoader();
    await start('www.facebook.com', load.loader);
    page('<button>Add friend</button>');
    const button = document.querySelector('button')!;
    click(button);
    load.reject();
    await flush();
    expect(delivered).toEqual([button]);
    expect(reminder()).toBeNull();
    click(button);
    expect(load.calls.count).toBe(2);
    load.resolve();
    await flush();
    expect(reminder()).not.toBeNull();
    expect(delivered).toHaveLength(1);
  });

  it(`is delivered exactly once if the UI takes longer than ${LOAD_WAIT_MS} ms, with no late reminder`, async () => {
    vi.useFakeTimers();
    const load = manualLoader();
    await start('www.facebook.com', load.loader);
    page('<button>Add friend</button>');
    click(document.querySelector('button')!);
    vi.advanceTimersByTime(LOAD_WAIT_MS - 1);
    expect(delivered).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(delivered).toHaveLength(1);
    load.resolve();
    await vi.runAllTimersAsync();
    expect(reminder()).toBeNull();
    expect(delivered).toHaveLength(1);
  });

  it('is cancelled by a navigation meanwhile, and no reminder turns up afterwards', async () => {
    const load = manualLoader();
    await start('www.facebook.com', load.loader);
    page('<button>Add friend</button>');
    click(document.querySelector('button')!);
    abandonHeld('https://www.facebook.com/elsewhere');
    load.resolve();
    await flush();
    expect(reminder()).toBeNull();
    expect(delivered).toHaveLength(0);
  });
});

describe('warming the UI', () => {
  it('starts on a press of a control that would be held, once, and not on other presses', async () => {
    const load = manualLoader();
    await start('www.facebook.com', load.loader);
    page('<button id="like">Like</button><button id="add">Add friend</button>');
    pointerDown(document.getElementById('like')!);
    expect(load.calls.count).toBe(0);
    pointerDown(document.getElementById('add')!);
    pointerDown(document.getElementById('add')!);
    expect(load.calls.count).toBe(1);
    load.resolve();
    await flush();
    // Warm: the click now shows the reminder in its own task.
    click(document.getElementById('add')!);
    expect(reminder()).not.toBeNull();
    expect(load.calls.count).toBe(1);
  });

  it('ignores presses the page makes itself', async () => {
    const load = manualLoader();
    await start('www.facebook.com', load.loader);
    page('<button>Add friend</button>');
    document.querySelector('button')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(load.calls.count).toBe(0);
  });
});

describe('the choice is written down by the loaded UI', () => {
  it('counts "not now" in local storage', async () => {
    await start();
    page('<button>Add friend</button>');
    click(document.querySelector('button')!);
    click(reminder()!.button('cancel'));
    await vi.waitFor(async () => {
      const { counts } = await fakeBrowser.storage.local.get('counts');
      expect(Object.entries(counts as Record<string, number>)).toEqual([[expect.stringMatching(/\|friend-request\|facebook\|cancel$/), 1]]);
    });
  });
});

describe('people the child said they know', () => {
  const remembered = async (site: string, person: string) => ({
    knownPeople: await withKnownPerson(null, site, person, Date.now()),
  });

  it('keeps the same salted SHA-256 as before crypto.subtle (stored lists stay valid)', async () => {
    const salt = 'ab'.repeat(16);
    const expected = createHash('sha256').update(`${salt}|x|jack`).digest('hex');
    expect(await personHash(salt, 'x', 'jack')).toBe(expected);
  });

  it('a remembered person: the click is held for the hash, then delivered once with no reminder', async () => {
    await start('x.com');
    await startStateWith(await remembered('x', 'jack'));
    page('<button aria-label="Follow @jack">Follow</button>');
    const button = document.querySelector('button')!;
    click(button);
    await vi.waitFor(() => expect(delivered).toEqual([button]));
    await flush();
    expect(reminder()).toBeNull();
    expect(delivered).toHaveLength(1);
  });

  it('someone else while others are remembered: the reminder shows', async () => {
    await start('x.com');
    await startStateWith(await remembered('x', 'jack'));
    page('<button aria-label="Follow @jill">Follow</button>');
    click(document.querySelector('button')!);
    await vi.waitFor(() => expect(reminder()).not.toBeNull());
    expect(delivered).toHaveLength(0);
  });

  it('"continue" remembers the person, so the next time there is no reminder', async () => {
    await start('x.com');
    page('<button aria-label="Follow @jack">Follow</button>');
    const button = document.querySelector('button')!;
    click(button);
    click(reminder()!.button('continue'));
    expect(delivered).toHaveLength(1);
    let stored: unknown;
    await vi.waitFor(async () => {
      stored = (await fakeBrowser.storage.local.get('knownPeople')).knownPeople;
      expect(stored).toBeTruthy();
    });
    await startStateWith({ knownPeople: stored });
    click(button);
    await vi.waitFor(() => expect(delivered).toHaveLength(2));
    expect(reminder()).toBeNull();
  });
});
