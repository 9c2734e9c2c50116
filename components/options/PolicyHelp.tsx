/**
 * How a family or school sets and locks settings with a managed policy, with this copy's own
 * id filled in (full guide, and installing so it can't be removed: docs/policy.md).
 */
import { browser } from 'wxt/browser';
import { t } from '../../guidance/i18n';
import { chromeSettingsPolicy, FIREFOX_POLICY, snippet } from '../../settings/policy-example';

export function PolicyHelp() {
  return (
    <section id="policy" aria-labelledby="policy-title">
      <h2 id="policy-title">{t('policyTitle')}</h2>
      <p>{t('policyIntro')}</p>
      <details>
        <summary>{t('policyChrome')}</summary>
        <pre tabIndex={0}><code>{snippet(chromeSettingsPolicy(browser.runtime.id))}</code></pre>
      </details>
      <details>
        <summary>{t('policyFirefox')}</summary>
        <pre tabIndex={0}><code>{snippet(FIREFOX_POLICY)}</code></pre>
      </details>
      <p>{t('policyStopRemoval')}</p>
      <p class="muted">{t('policyDocs')}</p>
    </section>
  );
}
