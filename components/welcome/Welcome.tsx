/** The page that opens once on install: what Safe Nudge does, records, can't do, and two setup steps. */
import { browser } from 'wxt/browser';
import { t } from '../../guidance/i18n';
import { useEffective } from '../useEffective';
import { ConfirmRegion } from './ConfirmRegion';
import { SampleStill } from './SampleReminder';
import { TryIt } from './TryIt';

export function Welcome() {
  const [effective, refresh] = useEffective();
  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <section aria-labelledby="what-title">
        <h2 id="what-title">{t('welcomeWhatTitle')}</h2>
        <p>{t('welcomeWhatBody')}</p>
        <figure aria-label={t('welcomeSampleCaption')}>
          <SampleStill />
          <figcaption class="muted">{t('welcomeSampleCaption')}</figcaption>
        </figure>
        <TryIt />
      </section>
      <section aria-labelledby="record-title">
        <h2 id="record-title">{t('welcomeRecordTitle')}</h2>
        <p>{t('welcomeRecordBody')}</p>
        <p>{t('welcomeKnownBody')}</p>
      </section>
      <section aria-labelledby="limits-title">
        <h2 id="limits-title">{t('welcomeLimitsTitle')}</h2>
        <p>{t('welcomeLimitsBody')}</p>
      </section>
      <section aria-labelledby="setup-title">
        <h2 id="setup-title">{t('welcomeSetupTitle')}</h2>
        <p>{t('welcomeRegion')}</p>
        {effective && <ConfirmRegion effective={effective} refresh={refresh} />}
        <p>{t('welcomeLock')}</p>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openSettings')}
        </button>
      </section>
    </main>
  );
}
