/**
 * happy-dom has no `isTrusted`; a real browser sets it on the child's own input. These
 * helpers mark an event as the child's (trusted) or leave it as a page script's (untrusted).
 */
import { vi } from 'vitest';
import { listen } from '../../../content/listen';
import { abandonHeld } from '../../../content/hold/held';
import { warmUI } from '../../../content/reminder-loader';
import { ui } from '../../../content/reminder/ui';
import type { SiteRule } from '../../../content/sites/types';

export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/**
 * A click. On the reminder's own buttons, the clock is moved past READY_MS first, as a child
 * reading the reminder would be; `tooSoon` keeps it at the moment the reminder appeared.
 */
export function click(target: EventTarget, isTrusted = true, tooSoon = false): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0 });
  const inReminder = target instanceof Node && (target.getRootNode() as ShadowRoot).host?.localName === 'safe-nudge';
  const clock = inReminder && !tooSoon ? vi.spyOn(performance, 'now').mockReturnValue(performance.now() + 60_000) : null;
  try {
    target.dispatchEvent(isTrusted ? trusted(event) : event);
  } finally {
    clock?.mockRestore();
  }
  return event;
}

export function key(target: EventTarget, keyName: string, isTrusted = true): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(isTrusted ? trusted(event) : event);
  return event;
}

const installed: (() => void)[] = [];

/**
 * The reminder UI, loaded (tests/unit/setup.ts gives the loader this module graph's UI), as in
 * the browser once the child's press warmed it; reminder-loader.test.ts covers loading it late.
 */
export async function useLoadedUI(): Promise<void> {
  await warmUI();
}

/** Installs the content script's listeners on this window, as entrypoints/nudge.ts does. */
export async function installListeners(rule: SiteRule | null): Promise<void> {
  await useLoadedUI();
  listen((type, listener) => {
    window.addEventListener(type, listener, { capture: true });
    installed.push(() => window.removeEventListener(type, listener, { capture: true }));
  }, rule);
}

export function removeListeners(): void {
  while (installed.length) installed.pop()!();
  // A reminder left open by a test is taken down as a navigation would.
  abandonHeld('test:next');
  ui.discardStaged();
  document.querySelectorAll('safe-nudge').forEach((node) => node.remove());
}

export function reminder(): { host: HTMLElement; root: ShadowRoot; button(choice: string): HTMLButtonElement } | null {
  const host = document.querySelector<HTMLElement>('safe-nudge:not([data-mode])');
  if (!host?.shadowRoot) return null;
  const root = host.shadowRoot;
  return { host, root, button: (choice) => root.querySelector<HTMLButtonElement>(`[data-choice="${choice}"]`)! };
}
