/** How a family or school sets and locks settings with a managed policy (full guide: docs/policy.md). */
import { t } from '../../guidance/i18n';
import { CHROME_POLICY, FIREFOX_POLICY, snippet } from '../../settings/policy-example';

export function PolicyHelp() {
  return (
    <section id="policy" aria-labelledby="policy-title">
      <h2 id="policy-title">{t('policyTitle')}</h2>
      <p>{t('policyIntro')}</p>
      <details>
        <summary>{t('policyChrome')}</summary>
        <pre tabIndex={0}><code>{snippet(CHROME_POLICY)}</code></pre>
      </details>
      <details>
        <summary>{t('policyFirefox')}</summary>
        <pre tabIndex={0}><code>{snippet(FIREFOX_POLICY)}</code></pre>
      </details>
      <p class="muted">{t('policyDocs')}</p>
    </section>
  );
}
