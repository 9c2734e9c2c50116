/** Focus inside the reminder: it starts on "Not now" (the safe choice), and Tab stays inside. */
import type { OpenReminder } from './current';

export function focusCancel(reminder: OpenReminder): void {
  reminder.root.querySelector<HTMLElement>('[data-choice="cancel"]')?.focus();
}

/** What Tab may reach: the buttons, and the links of the help card once it is open. */
export function focusables(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button, a[href]')].filter((node) => !node.closest('[hidden]'));
}

/** Tab and Shift+Tab go round the reminder's own controls, never out to the page. */
export function trapTab(event: KeyboardEvent, reminder: OpenReminder): void {
  event.preventDefault();
  const items = focusables(reminder.root);
  const index = items.indexOf(reminder.root.activeElement as HTMLElement);
  const next = (index + (event.shiftKey ? -1 : 1) + items.length) % items.length;
  items[next]?.focus();
}
