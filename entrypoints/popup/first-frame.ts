/**
 * popup.html's first script, a classic one run as soon as it is fetched (bundled on its own by
 * build/popup-first-frame.ts: no Preact, no webextension-polyfill, no shared chunk). It puts
 * the popup's styles into the page, then "Get help now" for the region known at once into
 * #app; main.tsx's Popup takes that over after the frame is painted
 * (components/popup/first-frame.ts). The styles come with it rather than as stylesheets:
 * a script waits for the stylesheets before it, and on the first open after the browser starts
 * each extension stylesheet is a request of its own to the browser (docs/performance.md).
 */
import { firstFrame } from '../../components/popup/first-frame';
import { firstRegion } from '../../components/popup/first-region';
import { messageOf, nativeI18n } from '../../guidance/i18n-api';

/** `css`: components/styles.css and components/popup/popup.css, minified (the build passes them in). */
export function paintFirstFrame(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const t = (key: string, substitutions?: string | string[]) => messageOf(nativeI18n, key, substitutions);
  const app = document.getElementById('app');
  if (!app || app.firstChild) return;
  const lang = t('lang');
  if (lang !== 'lang') document.documentElement.lang = lang;
  document.title = t('extName');
  app.append(firstFrame(firstRegion(() => nativeI18n()?.getUILanguage()), t));
}
