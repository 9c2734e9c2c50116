/**
 * Clearing the counts. With a parents' PIN set, clearing asks for it first, so the weekly
 * summary can't be wiped by someone who couldn't change the settings either.
 */
import { useState } from 'preact/hooks';
import { t } from '../../guidance/i18n';
import { readPin, tryPin } from '../../settings/pin';
import { refusal } from '../pin-refusal';

export function ClearCounts({ onClear }: { onClear: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const [pin, setPin] = useState('');
  const [error, setError] = useState('');
  const start = async () => {
    if (await readPin()) setAsking(true);
    else await onClear();
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const record = await readPin();
    const attempt = record ? await tryPin(pin, record) : ({ ok: true } as const);
    if (!attempt.ok) {
      setPin('');
      return setError(refusal(attempt));
    }
    setAsking(false);
    setPin('');
    setError('');
    await onClear();
  };
  if (!asking) {
    return (
      <button type="button" class="secondary" onClick={() => void start()}>
        {t('countsClear')}
      </button>
    );
  }
  return (
    <form onSubmit={submit}>
      <p>{t('countsClearNeedsPin')}</p>
      <p>
        <label for="clear-pin">{t('pinEnter')}</label>{' '}
        <input id="clear-pin" type="password" inputMode="numeric" autoComplete="current-password" value={pin}
          onInput={(event) => setPin(event.currentTarget.value)} />{' '}
        <button type="submit">{t('countsClear')}</button>
      </p>
      <p role="alert">{error}</p>
    </form>
  );
}
