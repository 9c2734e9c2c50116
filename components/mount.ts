/**
 * Gives an extension page its language and title. `lang` is a message in every locale, so
 * the page names the language its words are actually in (a browser set to Italian gets the
 * English default, marked as English).
 */
import { t } from '../guidance/i18n';

export function mountPage(titleKey: string): void {
  const lang = t('lang');
  if (lang !== 'lang') document.documentElement.lang = lang;
  document.title = t(titleKey);
}
