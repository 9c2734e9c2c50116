/**
 * Delivering a held action: the same event again, on the same target, with the same details.
 * The copy is not "trusted" (no extension can make one), so the page sees it the way it
 * sees any script-made event; our own listeners ignore untrusted events, so it passes once.
 */
const MODIFIERS = ['ctrlKey', 'shiftKey', 'altKey', 'metaKey'] as const;
/** Where a mouse event happened, and with which keys held: one list for clicks and drops. */
export const POSITION = ['screenX', 'screenY', 'clientX', 'clientY', ...MODIFIERS] as const;

/** The named fields of an event, to build its copy. */
export function fieldsOf<E extends Event, K extends keyof E>(event: E, names: readonly K[]): Pick<E, K> {
  const fields = {} as Pick<E, K>;
  for (const name of names) fields[name] = event[name];
  return fields;
}

function mouseInit(event: MouseEvent): MouseEventInit {
  return { bubbles: true, cancelable: true, composed: true, view: window, ...fieldsOf(event, ['detail', 'button', 'buttons', ...POSITION]) };
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
    bubbles: true, cancelable: true, composed: true, view: window, ...fieldsOf(original, ['key', 'code', 'location', ...MODIFIERS]),
  };
  target.dispatchEvent(new KeyboardEvent('keydown', init));
  target.dispatchEvent(new KeyboardEvent('keyup', init));
}

export interface EventShape { type: string; bubbles: boolean; composed: boolean; cancelable: boolean }

export function shapeOf(event: Event): EventShape {
  return fieldsOf(event, ['type', 'bubbles', 'composed', 'cancelable']);
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
