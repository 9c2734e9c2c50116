/** Per site: on or off. */
import { SITE_RULES } from '../../content/sites';
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
          {SITE_RULES.map((rule) => (
            <li key={rule.id}>
              <label>
                <input
                  type="checkbox"
                  checked={!sitesOff.includes(rule.id)}
                  onChange={(event) => onSave(rule.id, event.currentTarget.checked)}
                />{' '}
                {rule.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </section>
  );
}
