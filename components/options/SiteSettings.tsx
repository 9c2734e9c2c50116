/** Per site: on or off. The names come from the vocabulary, not from the site rules. */
import { SITE_IDS, SITE_NAMES } from '../../vocabulary/sites';
import { t } from '../../guidance/i18n';
import { PolicyNote } from '../PolicyNote';

interface Props {
  sitesOff: readonly string[];
  locked: boolean;
  onSave: (site: string, on: boolean) => void;
}

export function SiteSettings({ sitesOff, locked, onSave }: Props) {
  return (
    <section aria-labelledby="sites-title">
      <fieldset disabled={locked}>
        <legend>
          <h2 id="sites-title">{t('sitesTitle')}</h2>
          <PolicyNote id="sites-policy" show={locked} />
        </legend>
        <ul class="plain sites">
          {SITE_IDS.map((id) => (
            <li key={id}>
              <label>
                <input
                  type="checkbox"
                  checked={!sitesOff.includes(id)}
                  onChange={(event) => onSave(id, event.currentTarget.checked)}
                />{' '}
                {SITE_NAMES[id]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </section>
  );
}
