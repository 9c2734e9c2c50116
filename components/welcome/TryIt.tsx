/** "Try it": the sample reminder in a real modal dialog; any choice, or Escape, closes it. */
import { useRef } from 'preact/hooks';
import { t } from '../../guidance/i18n';
import { SampleCard } from './SampleReminder';

export function TryIt() {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {t('welcomeTry')}
      </button>
      <dialog ref={dialog} role="alertdialog" aria-labelledby="try-title" aria-describedby="try-body">
        <SampleCard idPrefix="try" onChoose={() => dialog.current?.close()} />
      </dialog>
    </>
  );
}
