/**
 * Where the reminder UI file is, and the one import() that loads it from the extension into
 * this isolated world. Alone in its module so the unit tests can put the same UI from their
 * own module graph in its place (vi.mock in tests/unit/setup.ts) without a hook in the product.
 */
import type { ReminderUI } from './reminder-loader';
import { ext } from './ext';

/** Where the build puts it (build/content-bundles.ts) and lists it as web-accessible. */
export const REMINDER_UI_FILE = 'content-scripts/reminder-ui.js';

export async function importReminderUI(): Promise<ReminderUI> {
  const url = ext()?.runtime.getURL(REMINDER_UI_FILE);
  // No runtime (an orphaned copy) or no UI in the file: the caller lets the action through.
  const module = (await import(/* @vite-ignore */ url!)) as { ui?: ReminderUI };
  if (!module.ui) throw Error();
  return module.ui;
}
