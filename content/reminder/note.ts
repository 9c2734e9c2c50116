/**
 * Reminder mode: nothing is held. After the action a short note appears in a corner, is read
 * out politely by screen readers, and goes away by itself (not while hovered or focused).
 */
import type { Kind } from '../../vocabulary/kinds';
import { message } from '../ext';
import { REMINDER_CSS } from '../../views/styles';
import { NOTE_KEY } from '../../views/words';
import { el } from '../../views/dom';
import { createHost, mountPoint } from './dom';

const SHOW_MS = 7000;
let current: { host: HTMLElement; timer: number } | null = null;

export function closeNote(): void {
  if (!current) return;
  clearTimeout(current.timer);
  current.host.remove();
  current = null;
}

/** `words`: the note's message; another than the kind's says a "continue" could not be delivered. */
export function showNote(kind: Kind, words = NOTE_KEY[kind]): void {
  closeNote();
  try {
    const { host, root } = createHost({ 'data-kind': kind, 'data-mode': 'reminder', 'data-words': words }, REMINDER_CSS);
    const note = el('div', { class: 'note', role: 'status', 'aria-live': 'polite' }, [
      el('p', {}, [message(words)]),
      el('button', { type: 'button', 'data-choice': 'dismiss' }, [message('noteDismiss')]),
    ]);
    root.append(note);
    mountPoint().append(host);
    // The top layer keeps the note above the page's own dialogs where popovers are supported.
    if ('showPopover' in host) {
      host.setAttribute('popover', 'manual');
      (host as HTMLElement & { showPopover(): void }).showPopover();
    }
    const entry = { host, timer: 0 };
    const arm = () => {
      clearTimeout(entry.timer);
      entry.timer = window.setTimeout(() => current === entry && closeNote(), SHOW_MS);
    };
    note.addEventListener('pointerenter', () => clearTimeout(entry.timer));
    note.addEventListener('focusin', () => clearTimeout(entry.timer));
    note.addEventListener('pointerleave', arm);
    note.addEventListener('focusout', arm);
    current = entry;
    arm();
  } catch {
    closeNote();
  }
}

/** True when the event belongs to the note; a trusted click on its button closes it. */
export function handleNoteEvent(event: Event): boolean {
  if (!current || !event.composedPath().includes(current.host)) return false;
  if (event.type === 'click' && event.isTrusted) {
    const target = event.composedPath()[0];
    if (target instanceof Element && target.closest('[data-choice="dismiss"]')) closeNote();
  }
  return true;
}
