/**
 * The "Get help" card: talk to a grown-up you trust, and, for the family's region, the
 * emergency number and a children's helpline. The numbers come from the background page,
 * which holds the checked contacts list, so the page script stays small.
 */
import { ext, message } from '../ext';
import { el } from '../../views/dom';
import { CHILD_HELP_REQUEST, isChildHelpAnswer } from '../../vocabulary/messages';

export function buildHelpCard(id: string): HTMLElement {
  const card = el('div', { class: 'help', id, hidden: '', 'aria-live': 'polite' }, [
    el('h2', {}, [message('helpTitle')]),
    el('p', {}, [message('helpTalk')]),
  ]);
  ext()
    ?.runtime.sendMessage({ type: CHILD_HELP_REQUEST })
    .then((help) => {
      if (!isChildHelpAnswer(help)) return;
      const line = help.helpline;
      if (line?.phone) card.append(el('p', {}, [message('helpCall', [line.name, line.phone])]));
      else if (line?.url) {
        const link = el('a', { href: line.url, target: '_blank', rel: 'noopener noreferrer' }, [line.url.replace(/^https:\/\//, '')]);
        card.append(el('p', {}, [message('helpVisit', [line.name, '']).trim(), ' ', link]));
      }
      if (help.dangerPhone) card.append(el('p', {}, [message('helpDanger', help.dangerPhone)]));
    })
    .catch(() => undefined);
  return card;
}
