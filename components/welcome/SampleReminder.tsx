/**
 * A still of the friend-request reminder, built from the same messages the in-page reminder
 * uses. Shown as the welcome page's picture and, with "Try it", in a modal dialog.
 */
import { t } from '../../guidance/i18n';

export function SampleCard({ idPrefix, onChoose }: { idPrefix: string; onChoose?: () => void }) {
  return (
    <div class="sample-card">
      <p class="sample-label">{t('reminderLabel')}</p>
      <h3 id={`${idPrefix}-title`}>{t('reminderFriend1Title')}</h3>
      <p id={`${idPrefix}-body`}>{t('reminderFriend1Body')}</p>
      <p class="sample-buttons">
        <button type="button" onClick={onChoose} disabled={!onChoose}>{t('choiceCancel')}</button>{' '}
        <button type="button" class="secondary" onClick={onChoose} disabled={!onChoose}>{t('choiceContinueFriend')}</button>{' '}
        <button type="button" class="secondary" onClick={onChoose} disabled={!onChoose}>{t('choiceHelp')}</button>
      </p>
    </div>
  );
}
