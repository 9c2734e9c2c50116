/**
 * Where the reminder UI file is, and the one import() that loads it from the extension into
 * this isolated world. Alone in its module so the unit tests can put the same UI from their
 * own module graph in its place (vi.mock in tests/unit/setup.ts) without a hook in the product.
 */
import type { ReminderUI } from './reminder-loader';
import { importFromExtension } from './lazy-module';

/** Where the build puts it (build/content-bundles.ts) and lists it as web-accessible. */
export const REMINDER_UI_FILE = 'content-scripts/reminder-ui.js';

/** The UI; an error (the caller lets the action through) if it cannot be loaded. */
export const importReminderUI = (): Promise<ReminderUI> => importFromExtension(REMINDER_UI_FILE, 'ui');
