/**
 * Runs in the page's own world (the only place that can see it): a file input the page
 * creates and opens without ever attaching it to the document. Its events never reach the
 * window, so when the child picks files this script moves the input into a carrier element
 * and asks Safe Nudge (in its isolated world) whether to hold, by a cancelable event. Only if
 * Safe Nudge answers (preventDefault) is the page's event stopped; with no answer, or any
 * error, the page gets its event as if this script did not exist.
 */
const CARRIER_TAG = 'safe-nudge-carrier';
const HANDOFF_PREFIX = 'safe-nudge-held-';

export function installFilePickerWatch(win: Window & typeof globalThis): void {
  const proto = win.HTMLInputElement.prototype;
  const originalClick = proto.click;
  const originalShowPicker = (proto as { showPicker?: () => void }).showPicker;
  const dispatch = win.EventTarget.prototype.dispatchEvent;
  // Kept from the start, like the others: a page that later replaces them with no-ops must not
  // get the event it handed over as well (it would see the files twice after "continue"), nor
  // switch the watch off.
  const stopImmediate = win.Event.prototype.stopImmediatePropagation;
  const addListener = win.EventTarget.prototype.addEventListener;
  const append = win.Element.prototype.append;
  const remove = win.Element.prototype.remove;
  const createElement = win.Document.prototype.createElement;
  const watched = new WeakSet<HTMLInputElement>();

  const handOver = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    if (!event.isTrusted || input.isConnected) return;
    let carrier: Element | null = null;
    try {
      carrier = createElement.call(win.document, CARRIER_TAG);
      carrier.setAttribute('hidden', '');
      append.call(win.document.documentElement, carrier);
      append.call(carrier, input);
      const handoff = new win.Event(HANDOFF_PREFIX + event.type, { bubbles: true, composed: true, cancelable: true });
      const accepted = !dispatch.call(input, handoff);
      if (accepted) {
        stopImmediate.call(event);
        return;
      }
    } catch {
      /* fall through: the page gets its event */
    }
    if (carrier) {
      remove.call(input);
      remove.call(carrier);
    }
  };

  const watch = (input: HTMLInputElement) => {
    if (input.type !== 'file' || input.isConnected || watched.has(input)) return;
    watched.add(input);
    addListener.call(input, 'input', handOver, true);
    addListener.call(input, 'change', handOver, true);
  };

  proto.click = function click(this: HTMLInputElement) {
    try {
      watch(this);
    } catch {
      /* never stand between the page and its picker */
    }
    return originalClick.call(this);
  };
  if (originalShowPicker) {
    (proto as { showPicker?: () => void }).showPicker = function showPicker(this: HTMLInputElement) {
      try {
        watch(this);
      } catch {
        /* as above */
      }
      return originalShowPicker.call(this);
    };
  }
}
