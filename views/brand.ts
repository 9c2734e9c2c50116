/**
 * Safe Nudge's name and mark at the top of the reminder, so a child can tell it comes from the
 * helper their family installed, not from the site or a pop-up pretending to be something.
 * The mark is the toolbar icon (scripts/icons/icon.svg) drawn small, in one colour, with DOM
 * APIs: no image file, so nothing more is web-accessible to pages and nothing is fetched.
 */
import { el, svg } from './dom';

/** The speech bubble, with the pause's two bars cut out of it (the square behind shows through). */
const BUBBLE =
  'M30 30h68a12 12 0 0 1 12 12v36a12 12 0 0 1-12 12H62l-20 18v-18H30a12 12 0 0 1-12-12V42a12 12 0 0 1 12-12zm18 19.5v21a5.5 5.5 0 0 0 11 0v-21a5.5 5.5 0 0 0-11 0zm21 0v21a5.5 5.5 0 0 0 11 0v-21a5.5 5.5 0 0 0-11 0z';

export function brandMark(name: string): HTMLElement {
  const mark = svg('svg', { viewBox: '0 0 128 128', 'aria-hidden': 'true', focusable: 'false' }, [
    svg('rect', { width: '128', height: '128', rx: '28', fill: '#1c7f8c' }),
    svg('path', { d: BUBBLE, fill: '#fff', 'fill-rule': 'evenodd' }),
  ]);
  return el('p', { class: 'brand' }, [mark, name]);
}
