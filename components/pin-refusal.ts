/** What a parent is told when the PIN is refused (options page and the popup's "clear counts"). */
import { t } from '../guidance/i18n';
import type { PinAttempt } from '../settings/pin';

/** The words for a refused PIN: wrong, or "try again at 14:05" while a wait runs. */
export function refusal(attempt: Exclude<PinAttempt, { ok: true }>, now = Date.now()): string {
  if (attempt.waitUntil <= now) return t('pinWrong');
  return t('pinWait', new Date(attempt.waitUntil).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' }));
}
