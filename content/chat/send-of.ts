/**
 * Reading and holding a send for the page script (content/chat/sends.ts), inside the lazy chat
 * check so nudge.js stays small: is this Enter or click a send on this site's chat, what does
 * the message have in it, how is it sent again after "continue", and, with the page script's
 * own hold lent to it (holdSend), whether it is held.
 *
 * Again means: a click on the send control is replayed on it; an Enter goes by the site's send
 * control beside the box when the rule names one (Draft.js ignores a script-made Enter, see
 * docs/coverage.md), otherwise it is the same Enter again.
 */
import type { Send, SendHold } from '../chat-loader';
import type { ChatRule } from './sites/types';
import { personalSubjects } from '../../chat/personal/detect';
import { countriesFor } from '../../chat/personal/phone';
import { AS_THE_CHILDS, replayClick, replayKey } from '../hold/replay';
import { composerOf, nearest, sendControlOf } from './find';
import { ownDetails } from './own-details';

function textOf(composer: Element): string {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) return composer.value;
  return (composer instanceof HTMLElement ? composer.innerText : composer.textContent) ?? '';
}

function clickOn(control: Element): void {
  control.dispatchEvent(new MouseEvent('click', { ...AS_THE_CHILDS, view: window }));
}

export function sendOf(event: KeyboardEvent | MouseEvent, path: EventTarget[], rule: ChatRule, region: string | null): Send | null {
  let composer: Element | null;
  let deliver: () => void;
  if (event instanceof KeyboardEvent) {
    composer = composerOf(path, rule);
    const control = composer && nearest(composer, rule.send);
    deliver = control ? () => clickOn(control) : () => replayKey(event, path[0]!);
  } else {
    const control = sendControlOf(path, rule);
    composer = control && nearest(control, rule.composer);
    deliver = () => replayClick(event, path[0] ?? control!);
  }
  if (!composer) return null;
  const text = textOf(composer).trim();
  return { composer, seen: text ? personalSubjects(text, { countries: countriesFor(region), family: ownDetails() }) : [], deliver };
}

/**
 * Holds the send when its message has personal details (true), with the page script's one
 * hold (content/hold/held.ts, lent as `page.intercept`: the check has no hold of its own);
 * else how to send it as it was, or null when the event is not a send (not on the site's chat,
 * or a click with another button than the main one).
 */
export function holdSend(event: KeyboardEvent | MouseEvent, path: EventTarget[], rule: ChatRule, site: string, page: SendHold): true | (() => void) | null {
  if (event instanceof MouseEvent && event.button !== 0) return null;
  const send = sendOf(event, path, rule, page.region());
  if (!send) return null;
  const { composer, seen, deliver } = send;
  const attempt = { kind: 'personal-info', site, person: null, seen: seen[0] } as const;
  return (seen.length > 0 && page.intercept(event, attempt, composer, () => ({ release: deliver, cancel: () => undefined }))) || deliver;
}
