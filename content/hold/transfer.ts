/**
 * Photos dropped on the page or pasted into it. The files are copied while the event runs
 * (its DataTransfer is sealed afterwards); "continue" hands the page the same files again in
 * a new event on the same target, "not now" tells a waiting drop zone the drag has left.
 */
import { hasMedia } from '../classify/media';
import { intercept, photoAttempt } from './held';
import { watchFileInput } from './files';
import { AS_THE_CHILDS, POSITION, copyTransfer, fieldsOf, pasteEvent, stringsOf } from './replay';

export function onDrop(event: DragEvent, siteId: string): void {
  const transfer = event.dataTransfer;
  if (!event.isTrusted || !transfer || !hasMedia(transfer.files)) return;
  const target = event.composedPath()[0];
  if (!target) return;
  // A drop on a file input fills the input; its input/change events are held instead (watched
  // on the input itself: from a shadow root, `change` never reaches the window).
  if (target instanceof HTMLInputElement && target.type === 'file') return watchFileInput(target, siteId);
  const files = [...transfer.files];
  const strings = stringsOf(transfer);
  const position = fieldsOf(event, POSITION);
  intercept(event, photoAttempt(siteId, files), target, () => ({
    release: () => {
      target.dispatchEvent(new DragEvent('drop', { ...AS_THE_CHILDS, ...position, dataTransfer: copyTransfer(files, strings) }));
    },
    cancel: () => {
      target.dispatchEvent(new DragEvent('dragleave', { ...AS_THE_CHILDS, cancelable: false, ...position, dataTransfer: new DataTransfer() }));
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
  intercept(event, photoAttempt(siteId, files), target, () => ({
    release: () => {
      target.dispatchEvent(pasteEvent(copyTransfer(files, strings)));
    },
    cancel: () => undefined,
  }));
}
