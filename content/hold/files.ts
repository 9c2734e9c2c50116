/**
 * A photo or video chosen in a file input. The input's `input` and `change` events are held
 * together as one action; "continue" delivers them again in order, "not now" empties the
 * input so nothing is uploaded later by mistake. Inputs inside shadow roots (whose `change`
 * never reaches the window) are watched on the element itself once they are clicked, focused,
 * dropped on or used;
 * inputs never attached to the page are handed over by the page-world script (file-picker).
 */
import { hasMedia } from '../classify/media';
import { heldOwner, intercept, photoAttempt } from './held';
import { replayPlain, shapeOf, type EventShape } from './replay';
import { warmUI } from '../reminder-loader';
import { decide, photoScope } from '../state';
import type { HandoffType } from '../page-world/channel';
import { stopEvent } from '../dom';

export const CARRIER_TAG = 'safe-nudge-carrier';

const watched = new WeakSet<HTMLInputElement>();
/** Inputs whose `input` event just showed a note: their `change` belongs to the same action. */
const noted = new WeakSet<HTMLInputElement>();
const seen = new WeakSet<Event>();
let pendingShapes: EventShape[] = [];

function isFileInput(node: unknown): node is HTMLInputElement {
  return node instanceof HTMLInputElement && node.type === 'file';
}

/** Leaves the input where the page had it: out of our carrier if it came through it. */
function restorePlace(input: HTMLInputElement): void {
  if (input.parentElement?.localName === CARRIER_TAG) {
    const carrier = input.parentElement;
    input.remove();
    carrier.remove();
  }
}

function handle(event: Event, input: HTMLInputElement, shape: EventShape, siteId: string): void {
  if (heldOwner() === input) {
    // The `change` that follows a held `input` belongs to the same choice of files.
    stopEvent(event);
    pendingShapes.push(shape);
    return;
  }
  if (!hasMedia(input.files)) return;
  // One choice of files is one action: in note mode the `input` already showed the note and
  // counted it, so its `change` passes without a second one.
  if (noted.has(input) && shape.type === 'change') {
    noted.delete(input);
    return;
  }
  pendingShapes = [shape];
  const held = intercept(event, photoAttempt(siteId, [...(input.files ?? [])]), input, () => {
    const shapes = pendingShapes;
    return {
      release: () => {
        restorePlace(input);
        for (const s of shapes) replayPlain(s, input);
      },
      cancel: () => {
        restorePlace(input);
        input.value = '';
      },
    };
  });
  if (held) noted.delete(input);
  else if (shape.type === 'input' && decide('image-upload', siteId) === 'note') noted.add(input);
}

export function onFileEvent(event: Event, siteId: string): void {
  if (!event.isTrusted || seen.has(event)) return;
  seen.add(event);
  const input = event.composedPath()[0];
  if (!isFileInput(input)) return;
  watchFileInput(input, siteId);
  handle(event, input, shapeOf(event), siteId);
}

/**
 * The page-world script moved a detached input into our carrier and asks whether to hold
 * (`type` is the input's own event; the hand-over's name carries the channel's key).
 */
export function onHandoff(event: Event, type: HandoffType, siteId: string): void {
  const input = event.composedPath()[0];
  if (!isFileInput(input) || input.parentElement?.localName !== CARRIER_TAG) return;
  handle(event, input, { type, bubbles: true, composed: type === 'input', cancelable: false }, siteId);
}

/** Watch the input itself: its `change` may never reach the window (shadow roots, removal). */
export function watchFileInput(input: HTMLInputElement, siteId: string): void {
  if (watched.has(input)) return;
  watched.add(input);
  const listener = (event: Event) => onFileEvent(event, siteId);
  input.addEventListener('input', listener, true);
  input.addEventListener('change', listener, true);
}

/**
 * A click that opens a file picker: start watching that input before the child chooses, and
 * load the reminder UI while the picker is open.
 */
export function watchClickedFileInput(path: readonly EventTarget[], siteId: string): void {
  const input = path.find(isFileInput) ?? labelledInput(path);
  if (!input) return;
  watchFileInput(input, siteId);
  // In "only when a photo may show nudity" mode the chosen photo waits for the check: start the
  // model loading while the picker is open.
  void warmUI().then((ui) => photoScope() === 'nudity' && ui?.warmPhotoCheck());
}

/**
 * The child focused a file input (Tab, or a press on it): watch it. Firefox fires a non-composed
 * `input` for files set by automation, and a picker may be opened by `showPicker()` with no click,
 * so an input inside a shadow root is watched from any way the child reaches it.
 */
export function watchFocusedFileInput(event: FocusEvent, siteId: string): void {
  const input = event.composedPath()[0];
  if (isFileInput(input)) watchFileInput(input, siteId);
}

function labelledInput(path: readonly EventTarget[]): HTMLInputElement | null {
  for (const node of path.slice(0, 6)) {
    if (node instanceof HTMLLabelElement && isFileInput(node.control)) return node.control;
  }
  return null;
}
