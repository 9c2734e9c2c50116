/**
 * Per kind: on or off, and whether it pauses and asks or shows a short reminder. For photos,
 * also which photos: every one, or only one the on-device check finds may show nudity (photo
 * reminders "off" is the kind switched off).
 */
import { KINDS, KIND_KEYS, NOTE_ONLY_KINDS, type Kind } from '../../vocabulary/kinds';
import { t } from '../../guidance/i18n';
import { MODES, PHOTO_SCOPES, type KindSetting, type PhotoScope } from '../../model/settings';
import { PolicyNote } from '../PolicyNote';

interface Props {
  kinds: Record<Kind, KindSetting>;
  locked: (kind: Kind) => boolean;
  onSave: (kind: Kind, patch: Partial<KindSetting>) => void;
  photoScope: PhotoScope;
  photoScopeLocked: boolean;
  onSavePhotoScope: (scope: PhotoScope) => void;
}

const SCOPE_KEYS: Record<PhotoScope, string> = { every: 'photoScopeEvery', nudity: 'photoScopeNudity' };

export function KindSettings({ kinds, locked, onSave, photoScope, photoScopeLocked, onSavePhotoScope }: Props) {
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
          {NOTE_ONLY_KINDS.includes(kind) && <p class="hint">{t('kindSignsNoteOnly')}</p>}
          {!NOTE_ONLY_KINDS.includes(kind) && MODES.map((mode) => (
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
          {kind === 'image-upload' && (
            <fieldset disabled={photoScopeLocked || !kinds[kind].enabled}>
              <legend>
                {t('photoScopeTitle')}
                <PolicyNote id="photo-scope-policy" show={photoScopeLocked} />
              </legend>
              {PHOTO_SCOPES.map((scope) => (
                <p key={scope}>
                  <label>
                    <input type="radio" name="photo-scope" value={scope} checked={photoScope === scope} onChange={() => onSavePhotoScope(scope)} />{' '}
                    {t(SCOPE_KEYS[scope])}
                  </label>
                </p>
              ))}
            </fieldset>
          )}
        </fieldset>
      ))}
    </section>
  );
}
