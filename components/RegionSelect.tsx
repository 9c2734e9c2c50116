/** Choose the family's region: which help contacts are shown (and which numbers the child's card gives). */
import type { ComponentChildren } from 'preact';
import { REGION_CODES } from '../guidance/contacts';
import { t } from '../guidance/i18n';
import { PolicyNote } from './PolicyNote';

interface Props {
  id: string;
  value: string;
  /** Offer "From this computer's language and time zone (<this region>)" (options page) as well as the regions. */
  autoRegion?: string;
  autoSelected?: boolean;
  /** Set by a family's policy: disabled, and says so. */
  locked?: boolean;
  /** Disabled for another reason (the PIN), said by `note`. */
  disabled?: boolean;
  /** Said after the picker and read with it: why this region, or why it can't be changed here. */
  note?: ComponentChildren;
  onChange: (region: string | null) => void;
}

export function RegionSelect({ id, value, autoRegion, autoSelected, locked, disabled, note, onChange }: Props) {
  const described = [locked && `${id}-policy`, note && `${id}-note`].filter(Boolean).join(' ');
  return (
    <p>
      <label for={id}>{t('regionLabel')}</label>{' '}
      <select
        id={id}
        value={autoRegion && autoSelected ? '' : value}
        disabled={locked || disabled}
        aria-describedby={described || undefined}
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
      {note && (
        <span id={`${id}-note`} class="region-note">
          {' '}
          {note}
        </span>
      )}
    </p>
  );
}
