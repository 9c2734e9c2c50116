/**
 * Holding photos and videos: a file input's input+change pair, a drop, a paste. "continue"
 * delivers each event once, in order, with the same files; "not now" empties the input.
 * Non-media files and text pastes pass untouched.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startStateWith } from './helpers/state';
import { click, installListeners, reminder, removeListeners, trusted } from './helpers/events';
import { KEY_ATTRIBUTE, KEY_OFFER, handoffEvent } from '../../content/page-world/channel';

let log: string[] = [];

function fileList(...files: File[]): FileList {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  return transfer.files;
}

const photo = () => new File(['x'], 'me.jpg', { type: 'image/jpeg' });
const heic = () => new File(['x'], 'IMG_0001.HEIC', { type: '' });
const pdf = () => new File(['x'], 'homework.pdf', { type: 'application/pdf' });

/** The browser's own sequence when the child picks files: input, then change. */
function choose(input: HTMLInputElement, files: FileList): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(trusted(new Event('input', { bubbles: true, composed: true })));
  input.dispatchEvent(trusted(new Event('change', { bubbles: true })));
}

function fileInput(parent: ParentNode = document.body): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  for (const type of ['input', 'change']) {
    input.addEventListener(type, () => log.push(`${type}:${[...(input.files ?? [])].map((f) => f.name).join(',')}`));
  }
  parent.append(input);
  return input;
}

beforeEach(async () => {
  log = [];
  await startStateWith();
  await installListeners(null);
});
afterEach(() => {
  removeListeners();
  document.body.innerHTML = '';
});

describe('a photo chosen in a file input', () => {
  it('is held; continue delivers input and change once each, with the same files', async () => {
    const input = fileInput();
    choose(input, fileList(photo()));
    expect(log).toEqual([]);
    expect(reminder()!.host.getAttribute('data-kind')).toBe('image-upload');
    click(reminder()!.button('continue'));
    expect(log).toEqual(['input:me.jpg', 'change:me.jpg']);
  });

  it('not now delivers nothing and empties the input', async () => {
    const input = fileInput();
    let cleared = false;
    Object.defineProperty(input, 'value', { configurable: true, get: () => '', set: (v: string) => (cleared = v === '') });
    choose(input, fileList(photo()));
    click(reminder()!.button('cancel'));
    expect(log).toEqual([]);
    expect(cleared).toBe(true);
  });

  it('holds a HEIC photo with an empty type, and lets a PDF through', async () => {
    const input = fileInput();
    choose(input, fileList(pdf()));
    expect(log).toEqual(['input:homework.pdf', 'change:homework.pdf']);
    expect(reminder()).toBeNull();
    choose(input, fileList(heic()));
    expect(reminder()).not.toBeNull();
  });

  it('is held inside an open shadow root, where change never reaches the window', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const input = fileInput(shadow);
    click(input); // the child (or the page's button) opens the picker: the input is watched from here
    log = [];
    choose(input, fileList(photo()));
    expect(log).toEqual([]);
    click(reminder()!.button('continue'));
    expect(log).toEqual(['input:me.jpg', 'change:me.jpg']);
  });

  it('is held for an input removed from the page after it was opened', async () => {
    const input = fileInput();
    click(input);
    input.remove();
    log = [];
    choose(input, fileList(photo()));
    expect(log).toEqual([]);
    click(reminder()!.button('continue'));
    expect(log).toEqual(['input:me.jpg', 'change:me.jpg']);
  });

  it('takes a detached input handed over by the page-world script, and puts it back', async () => {
    const input = fileInput(document.createElement('div'));
    input.remove();
    const carrier = document.createElement('safe-nudge-carrier');
    document.documentElement.append(carrier);
    carrier.append(input);
    Object.defineProperty(input, 'files', { value: fileList(photo()), configurable: true });
    // The page-world helper's offer of its key, as at document_start (page-world/channel.ts).
    const key = 'ab'.repeat(16);
    document.documentElement.setAttribute(KEY_ATTRIBUTE, key);
    document.dispatchEvent(new Event(KEY_OFFER));
    document.documentElement.removeAttribute(KEY_ATTRIBUTE);
    const handoff = new Event(handoffEvent(key, 'input'), { bubbles: true, composed: true, cancelable: true });
    expect(input.dispatchEvent(handoff)).toBe(false); // accepted: the page-world script stops the page's event
    click(reminder()!.button('continue'));
    expect(input.isConnected).toBe(false);
    expect(log).toEqual(['input:me.jpg']);
  });
});

describe('dropped and pasted photos', () => {
  function zone(): HTMLElement {
    const div = document.createElement('div');
    // happy-dom's DragEvent drops `dataTransfer` from its init; the files are checked end to end in Chromium.
    div.addEventListener('drop', (event) => log.push(`drop:${[...((event as DragEvent).dataTransfer?.files ?? [])].map((f) => f.name)}`));
    div.addEventListener('dragleave', () => log.push('dragleave'));
    div.addEventListener('paste', (event) => log.push(`paste:${[...(event as ClipboardEvent).clipboardData!.files].map((f) => f.name)}`));
    document.body.append(div);
    return div;
  }

  function dropOn(target: HTMLElement, files: File[]): void {
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    const event = trusted(new DragEvent('drop', { bubbles: true, cancelable: true, composed: true }));
    Object.defineProperty(event, 'dataTransfer', { value: transfer });
    target.dispatchEvent(event);
  }

  it('a drop is held, then delivered once with the same files; not now resets the zone', async () => {
    const target = zone();
    dropOn(target, [photo()]);
    expect(log).toEqual([]);
    click(reminder()!.button('continue'));
    expect(log.filter((line) => line.startsWith('drop:'))).toHaveLength(1);
    log = [];
    dropOn(target, [photo()]);
    click(reminder()!.button('cancel'));
    expect(log).toEqual(['dragleave']);
  });

  it('a pasted photo is held; a text paste is not', async () => {
    const target = zone();
    const transfer = new DataTransfer();
    transfer.setData('text/plain', 'hello');
    target.dispatchEvent(trusted(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transfer })));
    expect(reminder()).toBeNull();
    const withPhoto = new DataTransfer();
    withPhoto.items.add(photo());
    target.dispatchEvent(trusted(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: withPhoto })));
    expect(reminder()).not.toBeNull();
    click(reminder()!.button('continue'));
    expect(log.filter((line) => line.startsWith('paste:me'))).toHaveLength(1);
  });
});
