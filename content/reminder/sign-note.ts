/**
 * The warning-sign note (issue 12, kind `warning-signs`): a calm card beside the chat that names
 * the sign in a child's words and offers "Get help" (the reminder's own help card). It holds
 * nothing and changes nothing of the page; it stays until the child closes it (OK or Escape),
 * so it can be read at the child's pace. `<safe-nudge data-kind="warning-signs" data-mode="note">`.
 */
import type { SignId } from '../../chat/types';
import { message } from '../ext';
import { REMINDER_CSS } from '../../views/styles';
import { el } from '../../views/dom';
import { createHost, mountPoint } from './dom';
import { buildHelpCard } from './help';

/** The child's words for each sign (public/_locales). */
export const SIGN_NOTE_KEY: Readonly<Record<SignId, string>> = {
  secrecy: 'signNoteSecrecy',
  photos: 'signNotePhotos',
  'move-app': 'signNoteMoveApp',
  gifts: 'signNoteGifts',
  'personal-questions': 'signNoteQuestions',
  meet: 'signNoteMeet',
  'flattery-urgency': 'signNoteFlattery',
  sexual: 'signNoteSexual',
};

const HELP_ID = 'sn-sign-help';
/** Its own place and layout (here, not in REMINDER_CSS: the reminder UI's file is at its budget). */
const SIGN_NOTE_CSS = `.sign-note { display: block; inset: 1rem 1rem auto auto; max-height: calc(100vh - 2rem); overflow: auto; }
.sign-note h2 { font-size: 1.125rem; margin: 0 0 0.5rem; }
.sign-note p { margin: 0 0 0.6rem; }`;
/** The page must not get the child's clicks and keys in the note (they are not meant for it). */
const KEPT_IN = ['click', 'pointerdown', 'mousedown', 'keydown', 'keyup', 'keypress', 'input'];

let current: HTMLElement | null = null;

export function closeSignNote(): void {
  current?.remove();
  current = null;
}

/** False if it could not be shown. */
export function showSignNote(sign: SignId): boolean {
  closeSignNote();
  try {
    const { host, root } = createHost({ 'data-kind': 'warning-signs', 'data-mode': 'note', 'data-sign': sign }, REMINDER_CSS + SIGN_NOTE_CSS);
    const help = buildHelpCard(HELP_ID);
    const helpButton = el('button', { type: 'button', 'data-choice': 'help', 'aria-expanded': 'false', 'aria-controls': HELP_ID }, [message('choiceHelp')]);
    const ok = el('button', { type: 'button', 'data-choice': 'dismiss' }, [message('noteDismiss')]);
    const note = el('section', { class: 'note sign-note', role: 'region', 'aria-labelledby': 'sn-sign-title' }, [
      el('h2', { id: 'sn-sign-title' }, [message('signNoteTitle')]),
      el('div', { role: 'status', 'aria-live': 'polite' }, [el('p', {}, [message(SIGN_NOTE_KEY[sign])]), el('p', {}, [message('signNoteTalk')])]),
      el('p', { class: 'actions' }, [helpButton, ' ', ok]),
      help,
    ]);
    root.append(note);
    helpButton.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      const open = help.hidden;
      help.hidden = !open;
      helpButton.setAttribute('aria-expanded', String(open));
    });
    ok.addEventListener('click', (event) => event.isTrusted && closeSignNote());
    note.addEventListener('keydown', (event) => event.isTrusted && event.key === 'Escape' && closeSignNote());
    for (const type of KEPT_IN) host.addEventListener(type, (event) => event.stopPropagation());
    mountPoint().append(host);
    // The top layer keeps it above the page's own dialogs where popovers are supported.
    if ('showPopover' in host) {
      host.setAttribute('popover', 'manual');
      (host as HTMLElement & { showPopover(): void }).showPopover();
    }
    current = host;
    return true;
  } catch {
    closeSignNote();
    return false;
  }
}
