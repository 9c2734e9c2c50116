/** How many pauses per site a day before the rest of the day uses short reminders. */
import { t } from '../../guidance/i18n';
import { MAX_DAILY_CAP } from '../../model/settings';
import { PolicyNote } from '../PolicyNote';

interface Props {
  value: number;
  locked: boolean;
  onSave: (cap: number) => void;
}

export function DailyCap({ value, locked, onSave }: Props) {
  return (
    <section aria-labelledby="cap-title">
      <h2 id="cap-title">{t('capTitle')}</h2>
      <p>
        <label for="daily-cap">{t('capLabel')}</label>{' '}
        <input
          id="daily-cap"
          type="number"
          min={0}
          max={MAX_DAILY_CAP}
          step={1}
          value={value}
          disabled={locked}
          aria-describedby="cap-help"
          onChange={(event) => {
            const cap = event.currentTarget.valueAsNumber;
            if (Number.isInteger(cap) && cap >= 0 && cap <= MAX_DAILY_CAP) onSave(cap);
          }}
        />
        <PolicyNote id="cap-policy" show={locked} />
      </p>
      <p id="cap-help" class="muted">
        {t('capHelp')}
      </p>
    </section>
  );
}
