/** Choose the family's region: which help contacts are shown. */
import { REGION_CODES } from '../guidance/contacts';
import { t } from '../guidance/i18n';
import { PolicyNote } from './PolicyNote';

interface Props {
  id: string;
  value: string;
  /** Offer "From the browser's language (<this region>)" (options page) as well as the regions. */
  autoRegion?: string;
  autoSelected?: boolean;
  locked?: boolean;
  onChange: (region: string | null) => void;
}

export function RegionSelect({ id, value, autoRegion, autoSelected, locked, onChange }: Props) {
  return (
    <p>
      <label for={id}>{t('regionLabel')}</label>{' '}
      <select
        id={id}
        value={autoRegion && autoSelected ? '' : value}
        disabled={locked}
        aria-describedby={locked ? `${id}-policy` : undefined}
        onChange={(event) => onChange(event.currentTarget.value || null)}
      >
        {autoRegion && <option value="">{t('regionAuto', t(`region_${autoRegion}`))}</option>}
        {REGION_CODES.map((code) => (
          <option key={code} value={code}>
            {t(`region_${code}`)}
          </option>
        ))}
      </select>
      <PolicyNote id={`${id}-policy`} show={!!locked} />
    </p>
  );
}
