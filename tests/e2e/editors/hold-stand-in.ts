/**
 * Phase-1 stand-in for Safe Nudge's send hold, for the editor tests only: holds the first
 * trusted Enter in the composer or click on the send button (capture phase on the window, as
 * content/listen.ts does) and delivers it again with the product's own replay functions
 * (content/hold/replay.ts) when the test says "continue". Runs in the page's world; the product
 * runs the same functions in the extension's isolated world, where script-made events reach the
 * page's listeners in the same way.
 */
import { replayClick, replayKey } from '../../../content/hold/replay';

interface Held { event: KeyboardEvent | MouseEvent; target: EventTarget }

let held: Held | null = null;
let armed = true;

declare global {
  interface Window { __hold: { held(): string | null; release(): void; cancel(): void; arm(): void } }
}

const inComposer = (path: EventTarget[]) => path.some((node) => node instanceof Element && node.id === 'composer');
const onSend = (path: EventTarget[]) => path.some((node) => node instanceof Element && node.id === 'send');

window.addEventListener('keydown', (event) => {
  if (!armed || !event.isTrusted || event.key !== 'Enter' || event.shiftKey || !inComposer(event.composedPath())) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  armed = false;
  held = { event, target: event.composedPath()[0]! };
}, true);

window.addEventListener('click', (event) => {
  if (!armed || !event.isTrusted || !onSend(event.composedPath())) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  armed = false;
  held = { event, target: event.composedPath()[0]! };
}, true);

window.__hold = {
  held: () => (held ? held.event.type : null),
  release() {
    const entry = held;
    held = null;
    if (!entry) return;
    if (entry.event instanceof KeyboardEvent) replayKey(entry.event, entry.target);
    else replayClick(entry.event as MouseEvent, entry.target);
  },
  cancel() {
    held = null;
  },
  arm() {
    armed = true;
  },
};
