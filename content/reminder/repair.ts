/**
 * Tamper repair. If the page removes, moves, hides, empties or restyles the reminder, it is
 * put back as it was; the action stays held until the child chooses. A staged reminder (not
 * yet shown) is kept hidden, and whatever the page did inside it is noted so the click
 * rebuilds it.
 */
import { REMINDER_CSS } from '../../views/styles';
import { buildDialog, listenToDialog } from './build';
import { current, HELP_ID, type OpenReminder } from './current';
import { mountPoint } from './dom';
import { focusCancel } from './focus';
import { isShown, reshow } from './top-layer';

/** The host's own attributes; any other one is the page's. */
const HOST_ATTRIBUTES = ['data-kind', 'data-ready'];

function observe(reminder: OpenReminder): void {
  const { keeper, host, root } = reminder;
  keeper.observe(host, { attributes: true });
  keeper.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  if (host.parentNode) keeper.observe(host.parentNode, { childList: true, attributes: true });
}

/** Starts watching a reminder just built: its host, its insides, where it hangs, its dialog. */
export function keep(reminder: OpenReminder): void {
  observe(reminder);
  listenToDialog(reminder);
}

/** The only change made inside the reminder without us watching: help lines arriving. */
function isHelpLine(record: MutationRecord): boolean {
  return record.type === 'childList' && (record.target as Element).id === HELP_ID && record.removedNodes.length === 0 &&
    [...record.addedNodes].every((node) => node instanceof HTMLParagraphElement && !node.querySelector('style, link'));
}

export function touchedInside(reminder: OpenReminder, records: MutationRecord[]): boolean {
  return records.some((record) => record.target !== reminder.host && reminder.root.contains(record.target) && !isHelpLine(record));
}

function undoHostAttributes({ host }: OpenReminder): void {
  for (const name of host.getAttributeNames()) if (!HOST_ATTRIBUTES.includes(name)) host.removeAttribute(name);
}

/** Anything inside other than exactly our styles and our dialog, as we built them. */
function isTampered(reminder: OpenReminder, records: MutationRecord[]): boolean {
  const { root, style } = reminder;
  return reminder.touchedWhileStaged || touchedInside(reminder, records) || root.childNodes.length !== 2 ||
    root.firstChild !== style || root.lastChild !== reminder.dialog || style.textContent !== REMINDER_CSS;
}

/** A fresh dialog and styles; focus goes back to "Not now" if it was inside (or the reminder was off the page). */
function rebuildInside(reminder: OpenReminder): void {
  const { host, root, style } = reminder;
  const hadFocus = root.activeElement !== null || !host.isConnected;
  reminder.dialog = buildDialog(reminder);
  style.textContent = REMINDER_CSS;
  root.replaceChildren(style, reminder.dialog);
  reminder.selfCloses = 0;
  reminder.touchedWhileStaged = false;
  listenToDialog(reminder);
  if (hadFocus) queueMicrotask(() => focusCancel(reminder));
}

/** Back under <html> if the page moved or removed it, and watched there. */
function remount(reminder: OpenReminder): void {
  if (reminder.host.parentNode === mountPoint()) return;
  mountPoint().append(reminder.host);
  observe(reminder);
}

/** Anything the page did to the open reminder is undone; our own changes are taken off the record. */
export function restore(reminder: OpenReminder, records: MutationRecord[] = []): void {
  if (current.open !== reminder) return;
  undoHostAttributes(reminder);
  if (isTampered(reminder, records)) rebuildInside(reminder);
  remount(reminder);
  if (!isShown(reminder.dialog)) reshow(reminder);
  reminder.keeper.takeRecords();
}

/** The watcher saw a change: an open reminder is restored; a staged one stays hidden and notes it. */
export function onMutations(reminder: OpenReminder, records: MutationRecord[]): void {
  if (current.open === reminder) return restore(reminder, records);
  // Staged means hidden: a page that unhides it would put it over the control being pressed.
  if (current.staged?.reminder === reminder && !reminder.host.hasAttribute('data-staged')) reminder.host.setAttribute('data-staged', '');
  if (touchedInside(reminder, [...records, ...reminder.keeper.takeRecords()])) reminder.touchedWhileStaged = true;
}

/** The dialog left the top layer: ours (a re-show on top) is expected, the page's is undone. */
export function onClosed(reminder: OpenReminder): void {
  if (reminder.selfCloses > 0) reminder.selfCloses--;
  else queueMicrotask(() => restore(reminder));
}
