/** Advice for parents: the police guidance, grooming signs, and what to do if a picture was shared. */
import { GROOMING_SIGNS, PARENT_ADVICE, PICTURE_SHARED } from '../../guidance/advice';
import { t } from '../../guidance/i18n';

export function ParentAdvice() {
  return (
    <details>
      <summary>
        <h2>{t('parentAdviceTitle')}</h2>
      </summary>
      {PARENT_ADVICE.map((point) => (
        <div key={point.title}>
          <h3>{t(point.title)}</h3>
          <p>{t(point.body)}</p>
        </div>
      ))}
      <h3>{t('signsTitle')}</h3>
      <ul>
        {GROOMING_SIGNS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <h3>{t('pictureTitle')}</h3>
      <ol>
        {PICTURE_SHARED.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
    </details>
  );
}
