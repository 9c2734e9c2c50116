/**
 * The channel between the page-world file-picker helper and the isolated-world script
 * (content/page-world/channel.ts): whichever runs first, the isolated side gets the key; after
 * that the key is never offered again, so a page script arriving later cannot learn it; and a
 * hand-over under any other name (the old fixed one, a guessed key) is not taken.
 *
 * happy-dom has one world, so the helper and the listeners share it here; what the page can
 * and cannot see across worlds is checked in Chromium (tests/e2e/hostile.e2e.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installFilePickerWatch } from '../../content/page-world/file-picker';
import { KEY_ASK, KEY_ATTRIBUTE, KEY_OFFER, KEY_PATTERN, handoffEvent } from '../../content/page-world/channel';
import { receiveHandoffKey } from '../../content/hold/handoff-key';
import { startStateWith } from './helpers/state';
import { installListeners, reminder, removeListeners } from './helpers/events';

/** What a page script sees if it asks for the key later: the attribute during any offer. */
function pageAsksForKey(): string[] {
  const seen: string[] = [];
  const peek = () => seen.push(document.documentElement.getAttribute(KEY_ATTRIBUTE) ?? '');
  document.addEventListener(KEY_OFFER, peek);
  document.dispatchEvent(new Event(KEY_ASK));
  document.removeEventListener(KEY_OFFER, peek);
  return seen;
}

describe('the key exchange', () => {
  it('the isolated script first, then the helper: the key arrives with the helper', async () => {
    const keys: string[] = [];
    receiveHandoffKey((key) => keys.push(key));
    expect(keys).toEqual([]);
    installFilePickerWatch(window as Window & typeof globalThis);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(KEY_PATTERN);
    expect(pageAsksForKey(), 'a later ask is not answered').toEqual([]);
    expect(document.documentElement.hasAttribute(KEY_ATTRIBUTE)).toBe(false);
  });

  it('the helper first, then the isolated script: it asks, and gets the key once', async () => {
    installFilePickerWatch(window as Window & typeof globalThis);
    const keys: string[] = [];
    receiveHandoffKey((key) => keys.push(key));
    expect(keys).toHaveLength(1);
    expect(pageAsksForKey()).toEqual([]);
  });

  it('ignores an offer without a well-formed key', async () => {
    const keys: string[] = [];
    receiveHandoffKey((key) => keys.push(key));
    document.documentElement.setAttribute(KEY_ATTRIBUTE, 'not-a-key');
    document.dispatchEvent(new Event(KEY_OFFER));
    document.documentElement.removeAttribute(KEY_ATTRIBUTE);
    expect(keys).toEqual([]);
  });
});

describe('forged hand-overs', () => {
  beforeEach(async () => await startStateWith());
  afterEach(() => removeListeners());

  function carriedPhotoInput(): HTMLInputElement {
    const carrier = document.createElement('safe-nudge-carrier');
    const input = document.createElement('input');
    input.type = 'file';
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'forged.png', { type: 'image/png' })], configurable: true });
    carrier.append(input);
    document.documentElement.append(carrier);
    return input;
  }

  it.each([
    ['the old fixed name', 'safe-nudge-held-change'],
    ['a guessed key', handoffEvent('0'.repeat(32), 'change')],
  ])('under %s, is not taken and raises no reminder', async (_, name) => {
    await installListeners(null);
    installFilePickerWatch(window as Window & typeof globalThis);
    const handoff = new Event(name, { bubbles: true, composed: true, cancelable: true });
    expect(carriedPhotoInput().dispatchEvent(handoff), 'not answered').toBe(true);
    expect(reminder()).toBeNull();
  });
});
