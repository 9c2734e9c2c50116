/**
 * "Details to protect": the child's mobile, home street, postcode, school, surname, clubs, so
 * the chat check pauses a message that gives one away (issue 12). Read from storage only once
 * the page is unlocked (no PIN, or the PIN entered): a child at the computer cannot read the
 * list while the lock is on. Each add or remove is saved at once and said in a live message;
 * focus goes back to the box after adding, and to the next entry (or the box) after removing.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../guidance/i18n';
import { PROTECTED_KINDS, type ProtectedDetail, type ProtectedKind } from '../../vocabulary/protected-details';
import { MAX_DETAIL_LENGTH, withDetail, withoutDetail, type AddRefusal } from '../../model/protected-details';
import { readProtectedDetails, saveProtectedDetails } from '../../settings/protected-details';

const KIND_KEYS: Record<ProtectedKind, string> = {
  phone: 'protectKindPhone',
  street: 'protectKindStreet',
  postcode: 'protectKindPostcode',
  school: 'protectKindSchool',
  surname: 'protectKindSurname',
  club: 'protectKindClub',
  other: 'protectKindOther',
};
const REFUSAL_KEYS: Record<AddRefusal, string> = {
  empty: 'protectEmpty',
  'too-short': 'protectTooShort',
  'too-long': 'protectTooLong',
  'too-many': 'protectTooMany',
  duplicate: 'protectDuplicate',
};
const labelOf = (detail: ProtectedDetail) => `${t(KIND_KEYS[detail.kind])}: ${detail.value}`;

function DetailsList() {
  const [list, setList] = useState<ProtectedDetail[] | null>(null);
  const [kind, setKind] = useState<ProtectedKind>('phone');
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const box = useRef<HTMLInputElement>(null);
  const removeButtons = useRef<(HTMLButtonElement | null)[]>([]);
  const focusAfter = useRef<number | 'box' | null>(null);

  useEffect(() => void readProtectedDetails().then(setList), []);
  useLayoutEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target === 'box') box.current?.focus();
    else if (target !== null) (removeButtons.current[target] ?? box.current)?.focus();
  }, [list]);
  if (!list) return null;

  const save = async (next: ProtectedDetail[], done: string, focus: number | 'box') => {
    try {
      await saveProtectedDetails(next);
      focusAfter.current = focus;
      setList(await readProtectedDetails());
      setStatus(t(done));
    } catch {
      setStatus(t('saveFailed'));
    }
  };
  const add = async (event: Event) => {
    event.preventDefault();
    const next = withDetail(list, kind, value);
    if (typeof next === 'string') {
      setError(t(REFUSAL_KEYS[next]));
      box.current?.focus();
      return;
    }
    setError('');
    setValue('');
    await save(next, 'protectAdded', 'box');
  };
  const remove = (index: number) => void save(withoutDetail(list, index), 'protectRemoved', list.length > 1 ? Math.min(index, list.length - 2) : 'box');

  return (
    <>
      {list.length === 0 ? (
        <p class="muted">{t('protectNone')}</p>
      ) : (
        <ul aria-label={t('protectList')} class="protected-list">
          {list.map((detail, index) => (
            <li key={`${detail.kind}|${detail.value}`}>
              {labelOf(detail)}{' '}
              <button type="button" class="secondary" ref={(el) => void (removeButtons.current[index] = el)}
                aria-label={t('protectRemoveLabel', labelOf(detail))} onClick={() => remove(index)}>
                {t('protectRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add}>
        <p>
          <label for="protect-kind">{t('protectKind')}</label>{' '}
          <select id="protect-kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as ProtectedKind)}>
            {PROTECTED_KINDS.map((option) => <option key={option} value={option}>{t(KIND_KEYS[option])}</option>)}
          </select>
        </p>
        <p>
          <label for="protect-value">{t('protectValue')}</label>{' '}
          <input id="protect-value" ref={box} type="text" autoComplete="off" spellcheck={false} maxLength={MAX_DETAIL_LENGTH}
            value={value} aria-invalid={error ? 'true' : undefined} aria-describedby="protect-error protect-tip"
            onInput={(event) => setValue(event.currentTarget.value)} />{' '}
          <button type="submit">{t('protectAdd')}</button>
        </p>
        <p id="protect-error" role="alert">{error}</p>
      </form>
      <p role="status" class="protect-status">{status}</p>
    </>
  );
}

export function ProtectedDetails({ shown }: { shown: boolean }) {
  return (
    <section aria-labelledby="protect-title">
      <h2 id="protect-title">{t('protectTitle')}</h2>
      <p class="muted">{t('protectHelp')}</p>
      <p class="muted">{t('protectPrivacy')}</p>
      <p class="muted" id="protect-tip">{t('protectTip')}</p>
      {shown ? <DetailsList /> : <p>{t('protectLocked')}</p>}
    </section>
  );
}
