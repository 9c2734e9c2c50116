/**
 * The page-world helper for file inputs that are never attached to the document (see
 * content/page-world/file-picker.ts). Tiny, and it does nothing until the page opens such a
 * picker itself.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SOCIAL_MATCHES } from '../content/sites/matches';
import { installFilePickerWatch } from '../content/page-world/file-picker';

export default defineContentScript({
  matches: SOCIAL_MATCHES,
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    installFilePickerWatch(window);
  },
});
