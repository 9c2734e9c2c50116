/**
 * A still of the friend-request reminder, built from the same messages the in-page reminder
 * uses, so it is in the reader's language. Shown as the welcome page's picture (inert: a still) and,
 * with "Try it", in a modal dialog.
 */
import { t } from '../../guidance/i18n';

export function SampleCard({ idPrefix, onChoose }: { idPrefix: string; onChoose?: () => void }) {
  return (
    <div class="sample-card">
      <p class="sample-label">{t('reminderLabel')}</p>
      <h3 id={`${idPrefix}-title`}>{t('reminderFriend1Title')}</h3>
      <p id={`${idPrefix}-body`}>{t('reminderFriend1Body')}</p>
      <p class="sample-buttons">
        <button type="button" onClick={onChoose}>{t('choiceCancel')}</button>{' '}
        <button type="button" class="secondary" onClick={onChoose}>{t('choiceContinueFriend')}</button>{' '}
        <button type="button" class="secondary" onClick={onChoose}>{t('choiceHelp')}</button>
      </p>
    </div>
  );
}
