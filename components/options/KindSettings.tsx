/** Per kind: on or off, and whether it pauses and asks or shows a short reminder. */
import { KINDS, KIND_KEYS, type Kind } from '../../vocabulary/kinds';
import { t } from '../../guidance/i18n';
import { MODES, type KindSetting } from '../../model/settings';
import { PolicyNote } from '../PolicyNote';

interface Props {
  kinds: Record<Kind, KindSetting>;
  locked: (kind: Kind) => boolean;
  onSave: (kind: Kind, patch: Partial<KindSetting>) => void;
}

export function KindSettings({ kinds, locked, onSave }: Props) {
  return (
    <section aria-labelledby="kinds-title">
      <h2 id="kinds-title">{t('kindsTitle')}</h2>
      {KINDS.map((kind) => (
        <fieldset key={kind} disabled={locked(kind)}>
          <legend>
            {t(KIND_KEYS[kind])}
            <PolicyNote id={`kind-${kind}-policy`} show={locked(kind)} />
          </legend>
          <p>
            <label>
              <input
                type="checkbox"
                checked={kinds[kind].enabled}
                onChange={(event) => onSave(kind, { enabled: event.currentTarget.checked })}
              />{' '}
              {t('kindOn')}
            </label>
          </p>
          {MODES.map((mode) => (
            <p key={mode}>
              <label>
                <input
                  type="radio"
                  name={`mode-${kind}`}
                  value={mode}
                  checked={kinds[kind].mode === mode}
                  disabled={!kinds[kind].enabled}
                  onChange={() => onSave(kind, { mode })}
                />{' '}
                {t(mode === 'pause' ? 'modePause' : 'modeReminder')}
              </label>
            </p>
          ))}
        </fieldset>
      ))}
    </section>
  );
}
