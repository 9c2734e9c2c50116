/**
 * The friend-request reminder as the child sees it, built by the same code and styles as the
 * in-page reminder (views/reminder-card.ts, views/styles.ts), in a shadow root of its own, in
 * the reader's language. Shown as the welcome page's picture (inert: a still) and, with
 * "Try it", as a modal dialog.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../guidance/i18n';
import { el } from '../../views/dom';
import { buildReminderCard } from '../../views/reminder-card';
import { REMINDER_CSS } from '../../views/styles';

/** A still sits in the page's flow, where the real one floats in the top layer. */
const STILL_CSS = 'dialog:not(:modal) { position: static; margin: 0; }';

/** Builds the sample into `host`'s shadow root; returns its dialog. */
export function mountSample(host: HTMLElement, idPrefix: string): HTMLDialogElement {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const dialog = buildReminderCard({ kind: 'friend-request', turn: 0, text: t, idPrefix });
  root.replaceChildren(el('style', {}, [REMINDER_CSS + STILL_CSS]), dialog);
  return dialog;
}

/**
 * The still: open in place, inert and hidden from assistive technology (a picture, not
 * controls; the figure around it is named). Without aria-hidden, tools that do not apply
 * inert to a shadow tree would find a second open alertdialog on the page.
 */
export function SampleStill() {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (host.current) mountSample(host.current, 'still').setAttribute('open', '');
  }, []);
  return <div ref={host} class="sample" inert aria-hidden="true" />;
}
