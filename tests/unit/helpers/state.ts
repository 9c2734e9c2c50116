/**
 * The page script's settings, as it gets them: stored values and a family's policy in the
 * (fake) browser's storage, then content/state.ts's own start, which reads them.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startState } from '../../../content/state';

export async function startStateWith(stored: Record<string, unknown> = {}, policy: Record<string, unknown> = {}): Promise<void> {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.local.set(stored);
  await fakeBrowser.storage.managed.set(policy);
  startState(() => undefined);
  // Both reads answer in later microtasks; a task later they have.
  await new Promise((resolve) => setTimeout(resolve, 0));
}
