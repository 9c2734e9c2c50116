/**
 * The reminder card: Safe Nudge's name and mark, the question, a few kind words, and the
 * three choices in the order the child meets them ("Yes, I know them" / "Share it" first,
 * then "Not now", then "Get help"). The firm photo card (the photo check found the picture may
 * show private parts) has its own words and puts "Get help" first. The page reminder
 * (content/reminder/) and the welcome page's sample (components/welcome/) are both built here,
 * so they cannot drift apart.
 */
import type { PersonalSubject } from '../vocabulary/protected-details';
import type { Kind } from '../vocabulary/kinds';
import { brandMark } from './brand';
import { el } from './dom';
import { FIRM_PHOTO_WORDING, wordingKeys } from './words';

/** Message lookup: the page script's (content/ext.ts) or the extension pages' (guidance/i18n.ts). */
export type Text = (key: string, substitutions?: string | string[]) => string;

export interface CardOptions {
  kind: Kind;
  /** Which of the kind's wordings (they take turns). */
  turn: number;
  /** What a personal-details pause saw (its title names it). */
  seen?: PersonalSubject;
  text: Text;
  /** Prefix of the title's and body's ids: two samples on one page need their own. */
  idPrefix?: string;
  /** The "Get help" card the help button opens, if this card has one. */
  help?: HTMLElement;
  /** The firm photo words, with "Get help" first ("Not now" still gets the focus). */
  firm?: boolean;
}

/** What decides a card's words: its kind and turn, and the firm photo words or what a pause saw. */
export type CardWords = Pick<CardOptions, 'kind' | 'turn' | 'seen' | 'firm'>;

/** The card as a `<dialog role="alertdialog">`, named by its question and described by its words. */
export function buildReminderCard({ kind, turn, seen, text, idPrefix = 'sn', help, firm = false }: CardOptions): HTMLDialogElement {
  const words = firm ? FIRM_PHOTO_WORDING : wordingKeys(kind, turn, seen);
  const helpButton = el('button', { type: 'button', 'data-choice': 'help' }, [text('choiceHelp')]);
  if (help) {
    helpButton.setAttribute('aria-expanded', 'false');
    helpButton.setAttribute('aria-controls', help.id);
  }
  const go = el('button', { type: 'button', 'data-choice': 'continue' }, [text(words.continueLabel)]);
  const cancel = el('button', { type: 'button', 'data-choice': 'cancel' }, [text('choiceCancel')]);
  const label = { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': `${idPrefix}-title`, 'aria-describedby': `${idPrefix}-body` };
  return el('dialog', firm ? { ...label, 'data-firm': '' } : label, [
    brandMark(text('extName')),
    el('h2', { id: `${idPrefix}-title` }, [text(words.title)]),
    el('p', { id: `${idPrefix}-body` }, [text(words.body)]),
    el('div', { class: 'choices' }, firm ? [helpButton, cancel, go] : [go, cancel, helpButton]),
    ...(help ? [help] : []),
  ]);
}
