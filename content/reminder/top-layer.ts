/**
 * Keeping the reminder in the top layer. It is shown as a popover: showModal() would make the
 * whole page inert, which costs Chromium a style pass over every element (270 ms on a
 * 2000-post feed). Only when the page has a modal dialog of its own, which would make a
 * popover inert, is it shown as a modal on top of that one.
 */
import { safeMatches } from '../dom';
import type { OpenReminder } from './current';

export const isPopoverOpen = (dialog: HTMLDialogElement) => safeMatches(dialog, ':popover-open');
export const isShown = (dialog: HTMLDialogElement) => dialog.open || isPopoverOpen(dialog);

/** A modal dialog of the page's own (not `own`) makes everything else inert, a popover included. */
export function pageHasModal(own: HTMLDialogElement | null): boolean {
  try {
    return [...document.querySelectorAll('dialog[open]')].some((node) => node !== own && safeMatches(node, ':modal'));
  } catch {
    return false;
  }
}

export function present(dialog: HTMLDialogElement, modal: boolean): void {
  if (!modal && typeof dialog.showPopover === 'function') dialog.showPopover();
  else dialog.showModal();
}

/** Takes the dialog down and shows it again, on top of whatever the page opened since. */
export function reshow(reminder: OpenReminder): void {
  const { dialog } = reminder;
  if (dialog.open) {
    reminder.selfCloses++;
    dialog.close();
  }
  if (isPopoverOpen(dialog)) {
    reminder.selfCloses++;
    dialog.hidePopover();
  }
  try {
    present(dialog, pageHasModal(dialog));
  } catch {
    /* not connected yet: the watcher calls again */
  }
}

/** Out of the top layer and off the page, no longer watched. */
export function takeDown(reminder: OpenReminder): void {
  reminder.keeper.disconnect();
  if (reminder.dialog.open) reminder.dialog.close();
  if (isPopoverOpen(reminder.dialog)) reminder.dialog.hidePopover();
  reminder.host.remove();
}
