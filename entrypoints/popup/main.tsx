// Help first (issue 9, part 4): popup.html's first script (first-frame.ts: the styles and
// "Get help now", no Preact, no polyfill) has already put the help on the page. The popup
// itself (Preact, the polyfill, settings, advice) is fetched and run only after that frame is
// painted, and takes it over. Two frames: the first callback runs before the help's frame is
// drawn, the second after it is handed to the compositor, so the rest's fetch and run do not
// compete with drawing the help on a busy machine (docs/performance.md).
const loadRest = () => void import('./rest');
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(loadRest, 0)));
