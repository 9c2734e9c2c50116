/**
 * Delivering a held action: the same event again, on the same target, with the same details.
 * The copy is not "trusted" (no extension can make one), so the page sees it the way it
 * sees any script-made event; our own listeners ignore untrusted events, so it passes once.
 */
/** How a copy travels: like the child's own event, through shadow roots, and cancelable by the page. */
export const AS_THE_CHILDS = { bubbles: true, cancelable: true, composed: true } as const;

export const MODIFIERS = ['ctrlKey', 'shiftKey', 'altKey', 'metaKey'] as const;
/** Where a mouse event happened, and with which keys held: one list for clicks and drops. */
export const POSITION = ['screenX', 'screenY', 'clientX', 'clientY', ...MODIFIERS] as const;

/** The named fields of an event, to build its copy. */
export function fieldsOf<E extends Event, K extends keyof E>(event: E, names: readonly K[]): Pick<E, K> {
  const fields = {} as Pick<E, K>;
  for (const name of names) fields[name] = event[name];
  return fields;
}

function mouseInit(event: MouseEvent): MouseEventInit {
  return { ...AS_THE_CHILDS, view: window, ...fieldsOf(event, ['detail', 'button', 'buttons', ...POSITION]) };
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
    ...AS_THE_CHILDS, view: window, ...fieldsOf(original, ['key', 'code', 'location', ...MODIFIERS]),
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

/**
 * The page's own view of a DOM object made here. Firefox runs content scripts with their own
 * principal and shows the page a DataTransfer item only if the page's principal added it, so
 * files added through the script's view would reach the page as an empty `files` list; added
 * through `wrappedJSObject` they are the page's. Chromium has no such view (and no such check).
 */
function pageView<T extends object>(value: T): T {
  return (value as { wrappedJSObject?: T }).wrappedJSObject ?? value;
}

/** A fresh DataTransfer with the same files and text, since the original is sealed after its event. */
export function copyTransfer(files: readonly File[], strings: readonly [string, string][]): DataTransfer {
  const transfer = new DataTransfer();
  const forPage = pageView(transfer);
  for (const file of files) forPage.items.add(file);
  for (const [type, data] of strings) {
    try {
      forPage.setData(type, data);
    } catch {
      /* a type the browser won't set by script */
    }
  }
  return transfer;
}

/**
 * A paste event carrying `transfer`. Firefox's ClipboardEvent constructor ignores the
 * `clipboardData` member (it builds its own, from non-standard `dataType`/`data` strings), so
 * there the transfer is set on the event as the page sees it: through `wrappedJSObject` from a
 * content script (a property set on the script's own view would stay invisible to the page).
 */
export function pasteEvent(transfer: DataTransfer): ClipboardEvent {
  const event = new ClipboardEvent('paste', { ...AS_THE_CHILDS, clipboardData: transfer });
  if (event.clipboardData === transfer || (event.clipboardData?.files.length ?? 0) === transfer.files.length) return event;
  Object.defineProperty(pageView(event), 'clipboardData', { value: transfer, configurable: true });
  return event;
}

export function stringsOf(transfer: DataTransfer): [string, string][] {
  return [...transfer.types].filter((type) => type !== 'Files').map((type) => [type, transfer.getData(type)]);
}
