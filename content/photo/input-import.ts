/**
 * Where the picture-reducing file is (photo-check/input.ts, built by build/content-bundles.ts),
 * and the one import() that loads it into this isolated world when a picture is checked. Alone
 * in its module (like reminder-import.ts) so unit tests can put their own in its place.
 */
import type { PhotoInputModule } from '../../vocabulary/photo-check';
import { importFromExtension, lazyModule } from '../lazy-module';

export const PHOTO_INPUT_FILE = 'content-scripts/photo-input.js';

// Loaded once, like the reminder UI and the chat check: import() of a module already here still
// waits for a task of its own (measured in Chromium 150: 8–18 ms between a chosen photo and the
// start of its reading), a kept promise does not. A failed load is tried again next time.
const photoInput = lazyModule(() => importFromExtension<PhotoInputModule>(PHOTO_INPUT_FILE, 'photoInput'));

export const importPhotoInput = (): Promise<PhotoInputModule> => photoInput.load();
