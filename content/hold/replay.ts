/**
 * Delivering a held action: the same event again, on the same target, with the same details.
 * The copy is not "trusted" (no extension can make one), so the page sees it the way it
 * sees any script-made event; our own listeners ignore untrusted events, so it passes once.
 */
function mouseInit(event: MouseEvent): MouseEventInit {
  return {
    bubbles: true, cancelable: true, composed: true, view: window, detail: event.detail,
    screenX: event.screenX, screenY: event.screenY, clientX: event.clientX, clientY: event.clientY,
    ctrlKey: event.ctrlKey, shiftKey: event.shiftKey, altKey: event.altKey, metaKey: event.metaKey,
    button: event.button, buttons: event.buttons,
  };
}

export function replayClick(original: MouseEvent, target: EventTarget): void {
  const init = mouseInit(original);
  const copy =
    typeof PointerEvent === 'function' && original instanceof PointerEvent
      ? new PointerEvent('click', { ...init, pointerId: original.pointerId, pointerType: original.pointerType, isPrimary: original.isPrimary })
      : new MouseEvent('click', init);
  target.dispatchEvent(copy);
}

export function replayKey(original: KeyboardEvent, target: EventTarget): void {
  const init: KeyboardEventInit = {
    bubbles: true, cancelable: true, composed: true, view: window, key: original.key, code: original.code,
    location: original.location, ctrlKey: original.ctrlKey, shiftKey: original.shiftKey, altKey: original.altKey, metaKey: original.metaKey,
  };
  target.dispatchEvent(new KeyboardEvent('keydown', init));
  target.dispatchEvent(new KeyboardEvent('keyup', init));
}

export interface EventShape { type: string; bubbles: boolean; composed: boolean; cancelable: boolean }

export function shapeOf(event: Event): EventShape {
  return { type: event.type, bubbles: event.bubbles, composed: event.composed, cancelable: event.cancelable };
}

export function replayPlain(shape: EventShape, target: EventTarget): void {
  target.dispatchEvent(new Event(shape.type, shape));
}

/** A fresh DataTransfer with the same files and text, since the original is sealed after its event. */
export function copyTransfer(files: readonly File[], strings: readonly [string, string][]): DataTransfer {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  for (const [type, data] of strings) {
    try {
      transfer.setData(type, data);
    } catch {
      /* a type the browser won't set by script */
    }
  }
  return transfer;
}

export function stringsOf(transfer: DataTransfer): [string, string][] {
  return [...transfer.types].filter((type) => type !== 'Files').map((type) => [type, transfer.getData(type)]);
}
