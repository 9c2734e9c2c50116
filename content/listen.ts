/**
 * The page-wide listeners: capture phase on the window, added at document_start, so Safe Nudge
 * sees an action before any of the page's own handlers. Each handler only looks at the path of
 * the event it was given; nothing watches the page. Any error inside means "not sure": the
 * event goes on to the page untouched.
 */
import type { SiteRule } from './sites/types';
import { onClick, onKeyDown, onPointerDown, onPointerEnd } from './hold/clicks';
import { onFileEvent, onHandoff, watchClickedFileInput, watchFocusedFileInput } from './hold/files';
import { receiveHandoffKey } from './hold/handoff-key';
import { HANDOFF_TYPES, handoffEvent } from './page-world/channel';
import { onDrop, onPaste } from './hold/transfer';
import { loadedUI } from './reminder-loader';

type Add = (type: string, listener: (event: Event) => void) => void;
/** Calls back with the page-world channel's key once it is known (at once if it is). */
export type HandoffKeys = (onKey: (key: string) => void) => void;

/** Events from inside the reminder or note never reach the page. */
const OVERLAY_EVENTS = 'click keydown keyup keypress pointerdown pointerup mousedown mouseup auxclick dblclick contextmenu'.split(' ');

function guarded<E extends Event>(run: (event: E) => void): (event: Event) => void {
  return (event) => {
    try {
      run(event as E);
    } catch {
      /* unsure: leave the event to the page */
    }
  };
}

/** Nothing of the reminder or note can be on the page before their code has loaded. */
function overlayFirst(event: Event): boolean {
  if (loadedUI()?.handleEvent(event)) {
    event.stopImmediatePropagation();
    return true;
  }
  return false;
}

export function listen(add: Add, rule: SiteRule | null, handoffKeys: HandoffKeys = receiveHandoffKey): void {
  const site = rule?.id ?? 'other';
  for (const type of OVERLAY_EVENTS) {
    add(type, guarded((event: Event) => {
      if (overlayFirst(event)) return;
      if (type === 'click') {
        const path = event.composedPath();
        watchClickedFileInput(path, site);
        onClick(event as MouseEvent, path, rule, site);
      } else if (type === 'keydown') onKeyDown(event as KeyboardEvent, rule, site);
      else if (type === 'pointerdown') onPointerDown(event as PointerEvent, rule, site);
      else if (type === 'pointerup') onPointerEnd();
    }));
  }
  add('pointercancel', guarded(onPointerEnd));
  add('focusin', guarded((event: FocusEvent) => {
    loadedUI()?.guardFocus(event);
    watchFocusedFileInput(event, site);
  }));
  add('toggle', guarded((event: Event) => loadedUI()?.guardTopLayer(event)));
  // A file input's own events (the same two the page-world helper hands over).
  for (const type of HANDOFF_TYPES) add(type, guarded((event: Event) => onFileEvent(event, site)));
  // Hand-overs from the page-world helper, under names only it and we know (page-world/channel.ts).
  handoffKeys((key) => {
    for (const type of HANDOFF_TYPES) add(handoffEvent(key, type), guarded((event: Event) => onHandoff(event, type, site)));
  });
  add('drop', guarded((event: DragEvent) => onDrop(event, site)));
  add('paste', guarded((event: ClipboardEvent) => onPaste(event, site)));
}
