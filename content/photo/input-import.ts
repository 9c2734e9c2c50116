/**
 * Where the picture-reducing file is (photo-check/input.ts, built by build/content-bundles.ts),
 * and the one import() that loads it into this isolated world when a picture is checked. Alone
 * in its module (like reminder-import.ts) so unit tests can put their own in its place.
 */
import type { PhotoInputModule } from '../../vocabulary/photo-check';
import { importFromExtension } from '../lazy-module';

export const PHOTO_INPUT_FILE = 'content-scripts/photo-input.js';

export const importPhotoInput = (): Promise<PhotoInputModule> => importFromExtension(PHOTO_INPUT_FILE, 'photoInput');
