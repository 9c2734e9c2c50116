/** Forget every "Yes, I know them", so the child is asked again. */
import { t } from '../../guidance/i18n';

export function ResetKnown({ onReset }: { onReset: () => void }) {
  return (
    <section aria-labelledby="known-title">
      <h2 id="known-title">{t('knownTitle')}</h2>
      <p class="muted">{t('knownHelp')}</p>
      <button type="button" class="secondary" onClick={onReset}>
        {t('knownReset')}
      </button>
    </section>
  );
}
