/**
 * Runs in the page's own world (the only place that can see it): a file input the page
 * creates and opens without ever attaching it to the document. Its events never reach the
 * window, so when the child picks files this script moves the input into a carrier element
 * and asks Safe Nudge (in its isolated world) whether to hold, by a cancelable event. Only if
 * Safe Nudge answers (preventDefault) is the page's event stopped; with no answer, or any
 * error, the page gets its event as if this script did not exist. The hand-over event's name
 * carries a key only Safe Nudge learns (channel.ts), so pages cannot forge it.
 */
import { hex } from '../../model/hex';
import { KEY_ASK, KEY_ATTRIBUTE, KEY_OFFER, KEY_TAKEN, handoffEvent, type HandoffType } from './channel';

const CARRIER_TAG = 'safe-nudge-carrier';

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
  const removeListener = win.EventTarget.prototype.removeEventListener;
  const setAttribute = win.Element.prototype.setAttribute;
  const removeAttribute = win.Element.prototype.removeAttribute;
  const watched = new WeakSet<HTMLInputElement>();
  const key = hex(win.crypto.getRandomValues(new Uint8Array(16)));
  const doc = win.document;

  // Offer the key now (if Safe Nudge's script ran first, it hears this) and once more if it
  // asks (if it runs after this one); after it has taken the key, never again.
  const offerKey = () => {
    const root = doc.documentElement;
    setAttribute.call(root, KEY_ATTRIBUTE, key);
    try {
      dispatch.call(doc, new win.Event(KEY_OFFER));
    } finally {
      removeAttribute.call(root, KEY_ATTRIBUTE);
    }
  };
  const onTaken = () => {
    removeListener.call(doc, KEY_ASK, offerKey);
    removeListener.call(doc, KEY_TAKEN, onTaken);
  };
  addListener.call(doc, KEY_ASK, offerKey);
  addListener.call(doc, KEY_TAKEN, onTaken);
  offerKey();

  const handOver = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    if (!event.isTrusted || input.isConnected) return;
    let carrier: Element | null = null;
    try {
      carrier = createElement.call(win.document, CARRIER_TAG);
      carrier.setAttribute('hidden', '');
      append.call(win.document.documentElement, carrier);
      append.call(carrier, input);
      // Only `input` and `change` are watched (below).
      const handoff = new win.Event(handoffEvent(key, event.type as HandoffType), { bubbles: true, composed: true, cancelable: true });
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
