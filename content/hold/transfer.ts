/**
 * Photos dropped on the page or pasted into it. The files are copied while the event runs
 * (its DataTransfer is sealed afterwards); "continue" hands the page the same files again in
 * a new event on the same target, "not now" tells a waiting drop zone the drag has left.
 */
import { hasMedia } from '../classify/media';
import { intercept } from './held';
import { POSITION, copyTransfer, fieldsOf, stringsOf } from './replay';

export function onDrop(event: DragEvent, siteId: string): void {
  const transfer = event.dataTransfer;
  if (!event.isTrusted || !transfer || !hasMedia(transfer.files)) return;
  const target = event.composedPath()[0];
  // A drop on a file input fills the input; its change event is held instead.
  if (!target || (target instanceof HTMLInputElement && target.type === 'file')) return;
  const files = [...transfer.files];
  const strings = stringsOf(transfer);
  const position = fieldsOf(event, POSITION);
  intercept(event, { kind: 'image-upload', site: siteId, person: null }, target, () => ({
    release: () => {
      const init = { bubbles: true, cancelable: true, composed: true, ...position };
      target.dispatchEvent(new DragEvent('drop', { ...init, dataTransfer: copyTransfer(files, strings) }));
    },
    cancel: () => {
      target.dispatchEvent(new DragEvent('dragleave', { bubbles: true, cancelable: false, composed: true, ...position, dataTransfer: new DataTransfer() }));
    },
  }));
}

export function onPaste(event: ClipboardEvent, siteId: string): void {
  const clipboard = event.clipboardData;
  if (!event.isTrusted || !clipboard || !hasMedia(clipboard.files)) return;
  const target = event.composedPath()[0];
  if (!target) return;
  const files = [...clipboard.files];
  const strings = stringsOf(clipboard);
  intercept(event, { kind: 'image-upload', site: siteId, person: null }, target, () => ({
    release: () => {
      target.dispatchEvent(
        new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: copyTransfer(files, strings) }),
      );
    },
    cancel: () => undefined,
  }));
}
