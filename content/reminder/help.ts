/**
 * The "Get help" card: talk to a grown-up you trust, it is not too late to tell, and, for the
 * family's region, a helpline a child can call and the emergency number. The numbers come
 * from the background page, which holds the checked contacts list, so the page script stays
 * small. Without a region's number (or an answer) the card still says what to do in danger:
 * call your country's emergency number; in the EU, 112.
 */
import { ext, message } from '../ext';
import { el } from '../../views/dom';
import { CHILD_HELP_REQUEST, isChildHelpAnswer } from '../../vocabulary/messages';

export function buildHelpCard(id: string): HTMLElement {
  const card = el('div', { class: 'help', id, hidden: '', 'aria-live': 'polite' }, [
    el('h2', {}, [message('helpTitle')]),
    el('p', {}, [message('helpTalk')]),
    el('p', {}, [message('helpNeverLate')]),
  ]);
  const danger = (phone: unknown) =>
    card.append(el('p', {}, [typeof phone === 'string' && phone ? message('helpDanger', phone) : message('helpDangerAnywhere')]));
  const api = ext();
  if (!api) {
    danger(null);
    return card;
  }
  api.runtime
    .sendMessage({ type: CHILD_HELP_REQUEST })
    .then((help) => {
      if (!isChildHelpAnswer(help)) return danger(null);
      const line = help.helpline;
      if (line?.phone) card.append(el('p', {}, [message('helpCall', [line.name, line.phone])]));
      danger(help.dangerPhone);
    })
    .catch(() => danger(null));
  return card;
}
