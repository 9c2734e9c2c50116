/** The same rules in a child's words (Flesch-Kincaid grade 4 or lower, tested). */
import { CHILD_RULES } from '../../guidance/advice';
import { t } from '../../guidance/i18n';

export function ChildAdvice() {
  return (
    <details>
      <summary>
        <h2>{t('childAdviceTitle')}</h2>
      </summary>
      <ul>
        {CHILD_RULES.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </details>
  );
}
