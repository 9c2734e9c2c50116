/**
 * The reminder: a `<safe-nudge>` element whose open shadow root holds a modal
 * `<dialog role="alertdialog">`. Shown with showModal(), it sits in the top layer above the
 * page, including a page's own modal dialog. Only the child's own (trusted) clicks and keys
 * choose; the page's events are swallowed. If the page removes or closes it, it comes back.
 */
import type { Kind } from '../sites/types';
import { message } from '../ext';
import { REMINDER_CSS } from './styles';
import { wordingKeys } from './words';
import { createHost, deepActiveElement, el, mountPoint } from './dom';
import { buildHelpCard } from './help';

export type ReminderChoice = 'continue' | 'cancel';

interface OpenReminder {
  host: HTMLElement;
  root: ShadowRoot;
  dialog: HTMLDialogElement;
  returnFocus: Element | null;
  keeper: MutationObserver;
  /** Closes we made ourselves (to re-open on top), so their close events are not the page's. */
  selfCloses: number;
  onChoice: (choice: ReminderChoice) => void;
}

let open: OpenReminder | null = null;

export function isReminderOpen(): boolean {
  return open !== null;
}

export function reminderHost(): HTMLElement | null {
  return open?.host ?? null;
}

function build(kind: Kind, turn: number) {
  const words = wordingKeys(kind, turn);
  const { host, root } = createHost({ 'data-kind': kind }, REMINDER_CSS);
  const helpButton = el('button', { type: 'button', 'data-choice': 'help', 'aria-expanded': 'false', 'aria-controls': 'sn-help' }, [message('choiceHelp')]);
  const dialog = el('dialog', {
    role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'sn-title', 'aria-describedby': 'sn-body',
  }, [
    el('h2', { id: 'sn-title' }, [message(words.title)]),
    el('p', { id: 'sn-body' }, [message(words.body)]),
    el('div', { class: 'choices' }, [
      el('button', { type: 'button', 'data-choice': 'continue' }, [message(words.continueLabel)]),
      el('button', { type: 'button', 'data-choice': 'cancel' }, [message('choiceCancel')]),
      helpButton,
    ]),
    buildHelpCard('sn-help'),
  ]);
  root.append(dialog);
  return { host, root, dialog };
}

/** Open as a modal? Where the browser can't tell (no :modal), an open dialog counts as modal. */
function isModal(dialog: HTMLDialogElement): boolean {
  try {
    return typeof CSS !== 'undefined' && CSS.supports?.('selector(:modal)') ? dialog.matches(':modal') : dialog.open;
  } catch {
    return dialog.open;
  }
}

/** Closes and re-opens the dialog as modal, on top of whatever the page opened since. */
function reshow(reminder: OpenReminder): void {
  if (reminder.dialog.open) {
    reminder.selfCloses++;
    reminder.dialog.close();
  }
  try {
    reminder.dialog.showModal();
  } catch {
    /* not connected yet: the observer will call again */
  }
}

/** Puts the reminder back on top if the page removed it, hid it, or closed its dialog. */
function keepOnTop(reminder: OpenReminder): void {
  if (open !== reminder) return;
  const { host } = reminder;
  if (!host.isConnected) mountPoint().append(host);
  for (const name of ['style', 'hidden', 'popover', 'inert', 'class']) if (host.hasAttribute(name)) host.removeAttribute(name);
  if (!reminder.dialog.open || !isModal(reminder.dialog)) reshow(reminder);
}

/** Takes the reminder down without a choice (the page navigated away). */
export function closeReminder(): void {
  const reminder = open;
  if (!reminder) return;
  open = null;
  reminder.keeper.disconnect();
  if (reminder.dialog.open) reminder.dialog.close();
  reminder.host.remove();
}

function choose(choice: ReminderChoice): void {
  const reminder = open;
  if (!reminder) return;
  closeReminder();
  if (reminder.returnFocus instanceof HTMLElement && reminder.returnFocus.isConnected) {
    reminder.returnFocus.focus({ preventScroll: true });
  }
  reminder.onChoice(choice);
}

/**
 * Shows the reminder for one held action. Returns false if it could not be shown; the caller
 * then lets the action through, so a failure never costs the child what they did.
 */
export function showReminder(kind: Kind, turn: number, onChoice: (choice: ReminderChoice) => void): boolean {
  if (open) return false;
  try {
    const { host, root, dialog } = build(kind, turn);
    const returnFocus = deepActiveElement();
    mountPoint().append(host);
    dialog.showModal();
    const reminder: OpenReminder = { host, root, dialog, returnFocus, onChoice, selfCloses: 0, keeper: null as unknown as MutationObserver };
    reminder.keeper = new MutationObserver(() => keepOnTop(reminder));
    reminder.keeper.observe(host, { attributes: true });
    if (host.parentNode) reminder.keeper.observe(host.parentNode, { childList: true });
    dialog.addEventListener('close', () => {
      if (reminder.selfCloses > 0) reminder.selfCloses--;
      else queueMicrotask(() => keepOnTop(reminder));
    });
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      if (event.isTrusted) choose('cancel');
    });
    open = reminder;
    root.querySelector<HTMLElement>('[data-choice="cancel"]')?.focus();
    return true;
  } catch {
    open = null;
    return false;
  }
}

function focusables(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button, a[href]')].filter((node) => !node.closest('[hidden]'));
}

function onKey(event: KeyboardEvent, reminder: OpenReminder): void {
  if (event.type !== 'keydown') return;
  if (event.key === 'Escape') {
    event.preventDefault();
    choose('cancel');
  } else if (event.key === 'Tab') {
    event.preventDefault();
    const items = focusables(reminder.root);
    const index = items.indexOf(reminder.root.activeElement as HTMLElement);
    const next = (index + (event.shiftKey ? -1 : 1) + items.length) % items.length;
    items[next]?.focus();
  }
}

function onClick(event: Event, reminder: OpenReminder): void {
  const button = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.hasAttribute('data-choice'));
  const choice = button?.getAttribute('data-choice');
  if (choice === 'continue' || choice === 'cancel') choose(choice);
  else if (choice === 'help') {
    const card = reminder.root.getElementById('sn-help');
    const show = card?.hasAttribute('hidden') ?? false;
    card?.toggleAttribute('hidden', !show);
    button!.setAttribute('aria-expanded', String(show));
  }
}

/**
 * Called by the page-wide listeners for every event. True when the event belongs to the
 * reminder: the caller then keeps it from the page. Untrusted events choose nothing.
 */
export function handleReminderEvent(event: Event): boolean {
  const reminder = open;
  if (!reminder || !event.composedPath().includes(reminder.host)) return false;
  if (!event.isTrusted) {
    event.preventDefault();
    return true;
  }
  if (event instanceof KeyboardEvent) onKey(event, reminder);
  else if (event.type === 'click') onClick(event, reminder);
  return true;
}

/** While a reminder is open, focus the page takes back is returned to the reminder. */
export function guardFocus(event: FocusEvent): void {
  const reminder = open;
  if (!reminder || event.composedPath().includes(reminder.host)) return;
  keepOnTop(reminder);
  reshow(reminder);
  reminder.root.querySelector<HTMLElement>('[data-choice="cancel"]')?.focus();
}
