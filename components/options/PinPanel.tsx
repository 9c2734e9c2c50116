/**
 * The settings lock. With a PIN set, the settings below stay disabled until the PIN is
 * entered; the unlock lasts only while this page is open. Wrong PINs are counted in storage
 * (settings/pin.ts, tryPin): after five in a row each further try waits longer, and a reload
 * does not start the count again, so guessing is slow.
 */
import { useState } from 'preact/hooks';
import { t } from '../../guidance/i18n';
import { PIN_PATTERN, tryPin, type PinRecord } from '../../settings/pin';
import { refusal } from '../pin-refusal';

interface Props {
  pin: PinRecord | null;
  unlocked: boolean;
  onUnlock: () => void;
  onLock: () => void;
  onSetPin: (pin: string) => Promise<void>;
  onClearPin: () => Promise<void>;
}

function NewPinForm({ onSetPin, label }: { onSetPin: (pin: string) => Promise<void>; label: string }) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!PIN_PATTERN.test(first)) return setError(t('pinRule'));
    if (first !== second) return setError(t('pinMismatch'));
    setError('');
    await onSetPin(first);
    setFirst('');
    setSecond('');
  };
  return (
    <form onSubmit={submit}>
      <p>
        <label for="pin-new">{t('pinNew')}</label>{' '}
        <input id="pin-new" type="password" inputMode="numeric" autoComplete="new-password" value={first}
          aria-describedby="pin-rule" onInput={(event) => setFirst(event.currentTarget.value)} />
      </p>
      <p>
        <label for="pin-again">{t('pinAgain')}</label>{' '}
        <input id="pin-again" type="password" inputMode="numeric" autoComplete="new-password" value={second}
          onInput={(event) => setSecond(event.currentTarget.value)} />
      </p>
      <p id="pin-rule" class="muted">{t('pinRule')}</p>
      <p role="alert">{error}</p>
      <button type="submit">{label}</button>
    </form>
  );
}

function UnlockForm({ pin, onUnlock }: { pin: PinRecord; onUnlock: () => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const attempt = await tryPin(value, pin);
    if (attempt.ok) return onUnlock();
    setValue('');
    setError(refusal(attempt));
  };
  return (
    <form onSubmit={submit}>
      <p>{t('pinLockedNote')}</p>
      <p>
        <label for="pin-enter">{t('pinEnter')}</label>{' '}
        <input id="pin-enter" type="password" inputMode="numeric" autoComplete="current-password" value={value}
          onInput={(event) => setValue(event.currentTarget.value)} />{' '}
        <button type="submit">{t('pinUnlock')}</button>
      </p>
      <p role="alert">{error}</p>
      <p class="muted">{t('pinForgot')}</p>
    </form>
  );
}

export function PinPanel({ pin, unlocked, onUnlock, onLock, onSetPin, onClearPin }: Props) {
  return (
    <section aria-labelledby="pin-title">
      <h2 id="pin-title">{t('pinTitle')}</h2>
      {pin && !unlocked && <UnlockForm pin={pin} onUnlock={onUnlock} />}
      {!pin && <NewPinForm onSetPin={onSetPin} label={t('pinSet')} />}
      {pin && unlocked && (
        <>
          <p>
            <button type="button" onClick={onLock}>{t('pinLockNow')}</button>{' '}
            <button type="button" class="secondary" onClick={() => void onClearPin()}>{t('pinRemove')}</button>
          </p>
          <details>
            <summary>{t('pinChange')}</summary>
            <NewPinForm onSetPin={onSetPin} label={t('pinChange')} />
          </details>
        </>
      )}
      <p class="muted">
        {t('pinLimits')} <a href="#policy">{t('policyLink')}</a>
      </p>
    </section>
  );
}
