/**
 * The page-world helper for file inputs that are never attached to the document (see
 * content/page-world/file-picker.ts). Tiny, and it does nothing until the page opens such a
 * picker itself.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { installFilePickerWatch } from '../content/page-world/file-picker';

export default defineContentScript({
  // The manifest entries come from build/content-bundles.ts (per site, with the site's rule).
  registration: 'runtime',
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    installFilePickerWatch(window);
  },
});
