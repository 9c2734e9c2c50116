/**
 * The reminder: a `<safe-nudge>` element whose open shadow root holds a
 * `<dialog role="alertdialog">` in the top layer. It is shown as a popover: showModal() would
 * make the whole page inert, which costs Chromium a style pass over every element (270 ms on a
 * 2000-post feed). Only when the page has a modal dialog of its own, which would make a
 * popover inert, is it shown as a modal on top of that one. Only the child's own (trusted) clicks and keys
 * choose; the page's events are swallowed. If the page removes, moves, hides, empties or
 * restyles it, it is put back as it was; the action stays held until the child chooses.
 *
 * A reminder can be staged when the child presses a control that would be held: built, put in
 * the top layer and laid out, but hidden (`data-staged`: invisible, not hit-testable, not in
 * the accessibility tree). The click then only reveals it, so the reminder is on screen in the
 * click's next frame without laying out the page again. Anything the page did to a staged
 * reminder is undone when it is revealed; one that is not revealed is taken away.
 */
import type { Kind } from '../sites/types';
import { message } from '../ext';
import { REMINDER_CSS } from './styles';
import { FIRM_PHOTO_WORDING, wordingKeys } from './words';
import { createHost, deepActiveElement, el, mountPoint } from './dom';
import { buildHelpCard } from './help';
import type { ReminderChoice } from '../reminder-loader';

/**
 * Choices made sooner than this after the reminder appeared are ignored: the second click of
 * a double-click on "Add friend" would otherwise land on a button the child never saw.
 */
export const READY_MS = 400;
const HOST_ATTRIBUTES = ['data-kind', 'data-ready'];

/** A staged reminder not revealed within this long is taken away (a press that never clicked). */
export const STAGED_MS = 2000;

interface OpenReminder {
  kind: Kind;
  turn: number;
  /** The firm photo words (the photo check found the picture may show private parts). */
  firm: boolean;
  host: HTMLElement;
  root: ShadowRoot;
  style: HTMLStyleElement;
  dialog: HTMLDialogElement;
  shownAt: number;
  returnFocus: Element | null;
  keeper: MutationObserver;
  /** Closes we made ourselves (to re-open on top), so their close events are not the page's. */
  selfCloses: number;
  /**
   * While it was staged, the page changed its insides or opened something of its own in the
   * top layer: it is rebuilt, and so shown on top, when revealed.
   */
  touchedWhileStaged: boolean;
  onChoice: (choice: ReminderChoice, firm?: boolean) => void;
}

let open: OpenReminder | null = null;
let staged: { reminder: OpenReminder; expiry: ReturnType<typeof setTimeout> } | null = null;

function buildDialog(kind: Kind, turn: number, firm = false): HTMLDialogElement {
  const words = firm ? FIRM_PHOTO_WORDING : wordingKeys(kind, turn);
  const go = el('button', { type: 'button', 'data-choice': 'continue' }, [message(words.continueLabel)]);
  const cancel = el('button', { type: 'button', 'data-choice': 'cancel' }, [message('choiceCancel')]);
  const help = el('button', { type: 'button', 'data-choice': 'help', 'aria-expanded': 'false', 'aria-controls': 'sn-help' }, [message('choiceHelp')]);
  // Firm words put "Get help" first; "Not now" has the focus either way (focusCancel).
  return el('dialog', { popover: 'manual', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'sn-title', 'aria-describedby': 'sn-body', ...(firm ? { 'data-firm': '' } : {}) }, [
    el('h2', { id: 'sn-title' }, [message(words.title)]),
    el('p', { id: 'sn-body' }, [message(words.body)]),
    el('div', { class: 'choices' }, firm ? [help, cancel, go] : [go, cancel, help]),
    buildHelpCard('sn-help'),
  ]);
}

function matches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

const isPopoverOpen = (dialog: HTMLDialogElement) => matches(dialog, ':popover-open');
const isShown = (dialog: HTMLDialogElement) => dialog.open || isPopoverOpen(dialog);

/** A modal dialog of the page's own makes everything else inert, a popover included. */
function pageHasModal(reminder: OpenReminder | null): boolean {
  try {
    return [...document.querySelectorAll('dialog[open]')].some((node) => node !== reminder?.dialog && matches(node, ':modal'));
  } catch {
    return false;
  }
}

function present(dialog: HTMLDialogElement, modal: boolean): void {
  if (!modal && typeof dialog.showPopover === 'function') dialog.showPopover();
  else dialog.showModal();
}

/** Takes the dialog down and shows it again, on top of whatever the page opened since. */
function reshow(reminder: OpenReminder): void {
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
    present(dialog, pageHasModal(reminder));
  } catch {
    /* not connected yet: the observer calls again */
  }
}

function focusCancel(reminder: OpenReminder): void {
  reminder.root.querySelector<HTMLElement>('[data-choice="cancel"]')?.focus();
}

function observe(reminder: OpenReminder): void {
  const { keeper, host, root } = reminder;
  keeper.observe(host, { attributes: true });
  keeper.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  if (host.parentNode) keeper.observe(host.parentNode, { childList: true, attributes: true });
}

/** The only change made inside the reminder without us watching: help lines arriving. */
function isHelpLine(record: MutationRecord): boolean {
  return record.type === 'childList' && (record.target as Element).id === 'sn-help' && record.removedNodes.length === 0 &&
    [...record.addedNodes].every((node) => node instanceof HTMLParagraphElement && !node.querySelector('style, link'));
}

function touchedInside(reminder: OpenReminder, records: MutationRecord[]): boolean {
  return records.some((record) => record.target !== reminder.host && reminder.root.contains(record.target) && !isHelpLine(record));
}

/** Anything the page did to the reminder is undone; our own changes are taken off the record. */
function restore(reminder: OpenReminder, records: MutationRecord[] = []): void {
  if (open !== reminder) return;
  const { host, root, style } = reminder;
  for (const name of host.getAttributeNames()) if (!HOST_ATTRIBUTES.includes(name)) host.removeAttribute(name);
  const tampered = reminder.touchedWhileStaged || touchedInside(reminder, records) || root.childNodes.length !== 2 || root.firstChild !== style ||
    root.lastChild !== reminder.dialog || style.textContent !== REMINDER_CSS;
  if (tampered) {
    const hadFocus = root.activeElement !== null || !host.isConnected;
    reminder.dialog = buildDialog(reminder.kind, reminder.turn, reminder.firm);
    style.textContent = REMINDER_CSS;
    root.replaceChildren(style, reminder.dialog);
    reminder.selfCloses = 0;
    reminder.touchedWhileStaged = false;
    listenToDialog(reminder);
    if (hadFocus) queueMicrotask(() => focusCancel(reminder));
  }
  if (host.parentNode !== mountPoint()) {
    mountPoint().append(host);
    observe(reminder);
  }
  if (!isShown(reminder.dialog)) reshow(reminder);
  reminder.keeper.takeRecords();
}

function listenToDialog(reminder: OpenReminder): void {
  const { dialog } = reminder;
  const closed = () => {
    if (reminder.dialog !== dialog) return;
    if (reminder.selfCloses > 0) reminder.selfCloses--;
    else queueMicrotask(() => restore(reminder));
  };
  dialog.addEventListener('close', closed);
  dialog.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed' && !dialog.open) closed();
  });
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    if (event.isTrusted) choose('cancel');
  });
}

/** Takes the reminder down without a choice (the page navigated away). */
export function closeReminder(): void {
  discardStaged();
  const reminder = open;
  if (!reminder) return;
  open = null;
  takeDown(reminder);
}

/** Out of the top layer and off the page, no longer watched. */
function takeDown(reminder: OpenReminder): void {
  reminder.keeper.disconnect();
  if (reminder.dialog.open) reminder.dialog.close();
  if (isPopoverOpen(reminder.dialog)) reminder.dialog.hidePopover();
  reminder.host.remove();
}

function choose(choice: ReminderChoice): void {
  const reminder = open;
  if (!reminder) return;
  closeReminder();
  if (reminder.returnFocus instanceof HTMLElement && reminder.returnFocus.isConnected) {
    reminder.returnFocus.focus({ preventScroll: true });
  }
  reminder.onChoice(choice, reminder.firm);
}

/** Builds the reminder, hangs it off <html> and puts it in the top layer (hidden when staged). */
function build(kind: Kind, turn: number, hidden: boolean, firm = false): OpenReminder {
  const { host, root, style } = createHost(hidden ? { 'data-kind': kind, 'data-staged': '' } : { 'data-kind': kind }, REMINDER_CSS);
  const dialog = buildDialog(kind, turn, firm);
  root.append(dialog);
  mountPoint().append(host);
  try {
    present(dialog, pageHasModal(null));
  } catch (error) {
    host.remove();
    throw error;
  }
  const reminder: OpenReminder = {
    kind, turn, firm, host, root, style, dialog, returnFocus: null, onChoice: () => undefined, shownAt: 0, selfCloses: 0,
    touchedWhileStaged: false,
    keeper: new MutationObserver((records) => {
      if (open === reminder) return restore(reminder, records);
      // Staged means hidden: a page that unhides it would put it over the control being pressed.
      if (staged?.reminder === reminder && !host.hasAttribute('data-staged')) host.setAttribute('data-staged', '');
      if (touchedInside(reminder, [...records, ...reminder.keeper.takeRecords()])) reminder.touchedWhileStaged = true;
    }),
  };
  observe(reminder);
  listenToDialog(reminder);
  return reminder;
}

/** Takes away a staged reminder that was not revealed. */
export function discardStaged(): void {
  const current = staged;
  if (!current) return;
  staged = null;
  clearTimeout(current.expiry);
  takeDown(current.reminder);
}

/**
 * The child pressed a control that would be held: the reminder is made ready, hidden, so the
 * click only has to reveal it. Not while a reminder is open, nor over a page's own modal
 * (a hidden modal would still make the page inert).
 */
export function stageReminder(kind: Kind, turn: number): void {
  const ready = staged?.reminder;
  if (open || (ready?.kind === kind && ready.turn === turn && ready.host.isConnected && !ready.touchedWhileStaged)) return;
  discardStaged();
  try {
    if (pageHasModal(null)) return;
    const reminder = build(kind, turn, true);
    staged = { reminder, expiry: setTimeout(discardStaged, STAGED_MS) };
  } catch {
    discardStaged();
  }
}

/** The staged reminder, if it was staged for this same kind and wording. */
function takeStaged(kind: Kind, turn: number): OpenReminder | null {
  const reminder = staged?.reminder;
  if (!reminder || reminder.kind !== kind || reminder.turn !== turn) {
    discardStaged();
    return null;
  }
  clearTimeout(staged!.expiry);
  staged = null;
  return reminder;
}

/**
 * Shows the reminder for one held action. Returns false if it could not be shown; the caller
 * then lets the action through, so a failure never costs the child what they did.
 */
export function showReminder(kind: Kind, turn: number, onChoice: (choice: ReminderChoice, firm?: boolean) => void, firm = false): boolean {
  if (open) return false;
  try {
    const returnFocus = deepActiveElement();
    const ready = firm ? (discardStaged(), null) : takeStaged(kind, turn);
    const reminder = ready ?? build(kind, turn, false, firm);
    Object.assign(reminder, { returnFocus, onChoice, shownAt: performance.now() });
    open = reminder;
    if (ready) {
      // Revealed: whatever the page did to it meanwhile is undone, and a modal the page
      // opened since the press is covered.
      ready.host.removeAttribute('data-staged');
      restore(ready, ready.keeper.takeRecords());
      if (pageHasModal(ready)) reshow(ready);
    }
    focusCancel(reminder);
    setTimeout(() => {
      if (open !== reminder) return;
      reminder.host.setAttribute('data-ready', '');
      reminder.keeper.takeRecords();
    }, READY_MS);
    return true;
  } catch {
    if (open) closeReminder();
    return false;
  }
}

/**
 * The photo check answered while the reminder was up: it switches to the firm words, in place,
 * with focus on "Not now" again (a screen reader hears the new words). Nothing else changes:
 * the action stays held until the child chooses.
 */
export function makeReminderFirm(forChoice?: OpenReminder['onChoice']): void {
  const reminder = open;
  if (!reminder || reminder.firm || (forChoice && reminder.onChoice !== forChoice)) return;
  reminder.firm = true;
  reminder.touchedWhileStaged = true; // restore() rebuilds the dialog, now with the firm words
  restore(reminder);
  focusCancel(reminder);
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
  if (performance.now() - reminder.shownAt < READY_MS) return;
  const button = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.hasAttribute('data-choice'));
  const choice = button?.getAttribute('data-choice');
  if (choice === 'continue' || choice === 'cancel') choose(choice);
  else if (choice === 'help' && button) {
    const card = reminder.root.getElementById('sn-help');
    const show = card?.hasAttribute('hidden') ?? false;
    card?.toggleAttribute('hidden', !show);
    button.setAttribute('aria-expanded', String(show));
    reminder.keeper.takeRecords();
  }
}

/**
 * Called by the page-wide listeners for every event. True when the event belongs to the
 * reminder: the caller then keeps it from the page. Untrusted events choose nothing.
 */
export function handleReminderEvent(event: Event): boolean {
  if (!open && !staged) return false; // most events: nothing of ours on the page
  const path = event.composedPath();
  if (staged && path.includes(staged.reminder.host)) {
    event.preventDefault();
    return true;
  }
  const reminder = open;
  if (!reminder || !path.includes(reminder.host)) return false;
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
  restore(reminder);
  reshow(reminder);
  focusCancel(reminder);
}

/** The page opened a popover or dialog of its own while the reminder is up: ours goes back on top. */
export function guardTopLayer(event: Event): void {
  if ((event as ToggleEvent).newState !== 'open') return;
  const ready = staged?.reminder;
  // Over a staged reminder: it is rebuilt, and so shown on top, when the click reveals it.
  if (ready && !event.composedPath().includes(ready.host)) ready.touchedWhileStaged = true;
  const reminder = open;
  if (!reminder || event.composedPath().includes(reminder.host)) return;
  reshow(reminder);
}
