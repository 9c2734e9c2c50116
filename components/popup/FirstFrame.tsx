/**
 * The popup's first frame: the title and "Get help now" for the region known at once (the
 * last region shown, or this computer's guess), and nothing else. The entry renders it
 * first and loads the rest of the popup (settings, picker, advice, counts) after it is
 * painted, so on the first open after the browser starts the emergency number waits only
 * for this small chunk, not for code that help does not need. Popup.tsx then takes over
 * with the same region in its first render, so the help does not change under the reader.
 */
import { t } from '../../guidance/i18n';
import { HelpNow } from './HelpNow';
import { firstRegion } from './useHelpRegion';

export function FirstFrame() {
  return (
    <main>
      <h1>{t('extName')}</h1>
      <HelpNow region={firstRegion().region} />
    </main>
  );
}
