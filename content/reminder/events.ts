/**
 * Events from the page-wide listeners (content/listen.ts) that concern the reminder. Only the
 * child's own (trusted) clicks and keys choose; the page's events are swallowed. Keys inside
 * the reminder never reach the page.
 */
import { current, HELP_ID, READY_MS, type OpenReminder } from './current';
import { focusCancel, trapTab } from './focus';
import { choose } from './reminder';
import { restore } from './repair';
import { reshow } from './top-layer';

function onKey(event: KeyboardEvent, reminder: OpenReminder): void {
  if (event.type !== 'keydown') return;
  if (event.key === 'Escape') {
    event.preventDefault();
    choose('cancel');
  } else if (event.key === 'Tab') trapTab(event, reminder);
}

function onClick(event: Event, reminder: OpenReminder): void {
  if (performance.now() - reminder.shownAt < READY_MS) return;
  const button = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.hasAttribute('data-choice'));
  const choice = button?.getAttribute('data-choice');
  if (choice === 'continue' || choice === 'cancel') choose(choice);
  else if (choice === 'help' && button) {
    const card = reminder.root.getElementById(HELP_ID);
    const show = card?.hasAttribute('hidden') ?? false;
    card?.toggleAttribute('hidden', !show);
    button.setAttribute('aria-expanded', String(show));
    reminder.keeper.takeRecords();
  }
}

/**
 * Called for every event the page-wide listeners see. True when the event belongs to the
 * reminder: the caller then keeps it from the page. Untrusted events choose nothing.
 */
export function handleReminderEvent(event: Event): boolean {
  const { open, staged } = current;
  if (!open && !staged) return false; // most events: nothing of ours on the page
  const path = event.composedPath();
  if (staged && path.includes(staged.reminder.host)) {
    event.preventDefault();
    return true;
  }
  if (!open || !path.includes(open.host)) return false;
  if (!event.isTrusted) {
    event.preventDefault();
    return true;
  }
  if (event instanceof KeyboardEvent) onKey(event, open);
  else if (event.type === 'click') onClick(event, open);
  return true;
}

/** While a reminder is open, focus the page takes back is returned to the reminder. */
export function guardFocus(event: FocusEvent): void {
  const reminder = current.open;
  if (!reminder || event.composedPath().includes(reminder.host)) return;
  restore(reminder);
  reshow(reminder);
  focusCancel(reminder);
}

/** The page opened a popover or dialog of its own while the reminder is up: ours goes back on top. */
export function guardTopLayer(event: Event): void {
  if ((event as ToggleEvent).newState !== 'open') return;
  const ready = current.staged?.reminder;
  // Over a staged reminder: it is rebuilt, and so shown on top, when the click reveals it.
  if (ready && !event.composedPath().includes(ready.host)) ready.touchedWhileStaged = true;
  const reminder = current.open;
  if (!reminder || event.composedPath().includes(reminder.host)) return;
  reshow(reminder);
}
