/** "Try it": the sample reminder as a real modal dialog; any choice, or Escape, closes it. */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../guidance/i18n';
import { mountSample } from './SampleReminder';

export function TryIt() {
  const host = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDialogElement | null>(null);
  useEffect(() => {
    if (!host.current) return;
    const sample = mountSample(host.current, 'try');
    sample.addEventListener('click', (event) => {
      if (event.composedPath().some((node) => node instanceof HTMLButtonElement)) sample.close();
    });
    dialog.current = sample;
  }, []);
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {t('welcomeTry')}
      </button>
      <div ref={host} class="sample" />
    </>
  );
}
