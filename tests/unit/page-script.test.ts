/**
 * The page script as nudge.js starts it (content/page-script.ts): on a site the parent turned
 * off it keeps no listener and classifies nothing; turned back on (a storage change, as the
 * options page makes it), it holds again; turned off while on, it lets go.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ruleForHost } from '../../content/sites/lookup';
import { click, reminder, removeListeners, useLoadedUI } from './helpers/events';

const classify = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../content/classify/connect', async (original) => {
  const real = await original<typeof import('../../content/classify/connect')>();
  return { ...real, classifyConnect: (...args: Parameters<typeof real.classifyConnect>) => (classify.calls++, real.classifyConnect(...args)) };
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
/** The page script's window listeners: added, and whether each is still live. */
let added: { type: string; signal: AbortSignal }[] = [];
let delivered = 0;
const count = () => delivered++;
const live = () => added.filter((entry) => !entry.signal.aborted).map((entry) => entry.type);

async function startOn(stored: Record<string, unknown>): Promise<void> {
  await fakeBrowser.storage.local.set(stored);
  const { startPageScript } = await import('../../content/page-script');
  startPageScript(ruleForHost('www.facebook.com'));
  await flush();
}

beforeEach(async () => {
  await useLoadedUI();
  added = [];
  delivered = 0;
  classify.calls = 0;
  const add = window.addEventListener.bind(window);
  vi.spyOn(window, 'addEventListener').mockImplementation((type, listener, options) => {
    const signal = (options as AddEventListenerOptions | undefined)?.signal;
    if (signal) added.push({ type, signal });
    add(type, listener, options);
  });
  document.body.innerHTML = '<button>Add friend</button>';
  document.body.addEventListener('click', count);
});

afterEach(() => {
  document.body.removeEventListener('click', count);
  vi.restoreAllMocks();
  removeListeners();
  // End this test's page script: off everywhere, so its listeners go.
  return fakeBrowser.storage.local.set({ sitesOff: ['facebook'] }).then(flush);
});

describe('on a site the parent turned off', () => {
  it('keeps no listener and classifies nothing; the page gets its clicks untouched', async () => {
    await startOn({ sitesOff: ['facebook'] });
    expect(added.length, 'listeners were added at document_start, before the settings could be read').toBeGreaterThan(10);
    expect(live()).toEqual([]);
    click(document.querySelector('button')!);
    expect(classify.calls).toBe(0);
    expect(delivered).toBe(1);
    expect(reminder()).toBeNull();
  });

  it('holds again when the parent turns the site back on, without a reload', async () => {
    await startOn({ sitesOff: ['facebook'] });
    await fakeBrowser.storage.local.set({ sitesOff: [] });
    await flush();
    expect(live()).toEqual(expect.arrayContaining(['click', 'pointerdown', 'keydown', 'change', 'drop', 'paste']));
    click(document.querySelector('button')!);
    expect(delivered).toBe(0);
    expect(reminder()).not.toBeNull();
    click(reminder()!.button('continue'));
    expect(delivered).toBe(1);
  });

  it('with every kind off counts as off too', async () => {
    await startOn({
      kinds: {
        'friend-request': { enabled: false, mode: 'pause' },
        'image-upload': { enabled: false, mode: 'pause' },
        'personal-info': { enabled: false, mode: 'pause' },
        'warning-signs': { enabled: false, mode: 'pause' },
      },
    });
    expect(live()).toEqual([]);
  });
});

describe('a site turned off while on', () => {
  it('loses its listeners, and a reminder up at that moment goes as "not now"', async () => {
    await startOn({});
    expect(live().length).toBeGreaterThan(10);
    click(document.querySelector('button')!);
    expect(reminder()).not.toBeNull();
    await fakeBrowser.storage.local.set({ sitesOff: ['facebook'] });
    await flush();
    expect(live()).toEqual([]);
    expect(reminder()).toBeNull();
    expect(delivered).toBe(0);
    click(document.querySelector('button')!);
    expect(delivered).toBe(1);
  });
});
