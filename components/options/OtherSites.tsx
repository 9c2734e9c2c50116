/**
 * "Also remind on other websites". Turning it on asks the browser for the optional
 * permission first, inside the click, because browsers only show the prompt during a gesture.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../guidance/i18n';
import {
  hasOtherSitesPermission,
  removeOtherSitesPermission,
  requestOtherSitesPermission,
} from '../../settings/other-sites';
import { PolicyNote } from '../PolicyNote';

interface Props {
  on: boolean;
  locked: boolean;
  disabled: boolean;
  onSave: (on: boolean) => Promise<void>;
}

export function OtherSites({ on, locked, disabled, onSave }: Props) {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => void hasOtherSitesPermission().then(setGranted), [on]);
  const ask = async () => {
    const ok = await requestOtherSitesPermission();
    setGranted(ok);
    return ok;
  };
  const toggle = async (checked: boolean) => {
    if (checked) {
      if (await ask()) await onSave(true);
    } else {
      await onSave(false);
      await removeOtherSitesPermission();
      setGranted(false);
    }
  };
  return (
    <section aria-labelledby="other-title">
      <h2 id="other-title">{t('otherTitle')}</h2>
      <p>
        <label>
          <input
            type="checkbox"
            checked={on}
            disabled={locked || disabled}
            onChange={(event) => void toggle(event.currentTarget.checked)}
          />{' '}
          {t('otherLabel')}
        </label>
        <PolicyNote id="other-policy" show={locked} />
      </p>
      <p class="muted">{t('otherHelp')}</p>
      {on && granted === false && (
        <p>
          {t('otherNeedsPermission')}{' '}
          <button type="button" disabled={disabled} onClick={() => void ask()}>
            {t('otherAllow')}
          </button>
        </p>
      )}
    </section>
  );
}
