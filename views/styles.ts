/**
 * The reminder's own styles, inside its shadow root. `all: initial` on the host keeps the
 * page's CSS out. The reminder's host takes no box at all (`display: contents`; its dialog is
 * in the top layer): a box added to <html>, even an empty fixed one, makes Chromium lay out
 * the whole page again (15 ms on a 2000-post feed) before the reminder can be painted. The
 * note's host (data-mode) is itself the popover, so it keeps a box. Sizes in rem and
 * max-width in vw keep it usable at 200% zoom and on narrow windows; motion only when the
 * child's system allows it. Contrast of every text ≥ 7:1. A staged reminder (data-staged,
 * see content/reminder/stage.ts) is laid out but invisible: not painted, not hit-tested, not
 * announced. The welcome page's sample card uses these same styles (components/welcome/).
 */
export const REMINDER_CSS = `
:host { all: initial !important; display: contents !important; visibility: visible !important; }
:host([data-staged]) { visibility: hidden !important; }
:host([data-staged]) dialog::backdrop { visibility: hidden !important; }
:host([data-mode]) { display: block !important; position: fixed !important; inset: 0 auto auto 0 !important;
  width: 0 !important; height: 0 !important; z-index: 2147483647 !important; opacity: 1 !important; }
dialog, .note { font: 400 1.125rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a2e;
  background: #ffffff; border: 3px solid #3d2c8d; border-radius: 1rem; box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 35%); box-sizing: border-box; }
dialog { width: min(30rem, calc(100vw - 1.5rem)); max-height: calc(100vh - 1.5rem); overflow: auto; padding: 1.25rem 1.5rem; margin: auto; }
dialog:popover-open { display: block; position: fixed; inset: 0; }
dialog::backdrop { background: rgb(20 16 48 / 55%); }
.brand { display: flex; align-items: center; gap: 0.4rem; margin: 0 0 0.5rem; font-size: 0.95rem; font-weight: 600; color: #2a1f6b; }
.brand svg { width: 1.4rem; height: 1.4rem; flex: none; }
h2 { font-size: 1.35rem; line-height: 1.3; margin: 0 0 0.5rem; color: #2a1f6b; }
p { margin: 0 0 1rem; }
.choices { display: flex; flex-wrap: wrap; gap: 0.6rem; }
button { font: inherit; font-weight: 600; min-height: 2.75rem; padding: 0.5rem 1.1rem; border-radius: 0.6rem; cursor: pointer;
  border: 2px solid #3d2c8d; background: #ffffff; color: #2a1f6b; }
button[data-choice="continue"] { background: #3d2c8d; color: #ffffff; }
button:hover { text-decoration: underline; }
button:focus-visible, a:focus-visible { outline: 3px solid #c2410c; outline-offset: 3px; }
.help { border-top: 2px solid #ddd6fe; margin-top: 1rem; padding-top: 0.75rem; }
.help[hidden] { display: none; }
.help p { margin: 0 0 0.6rem; }
a { color: #2a1f6b; font-weight: 600; }
.note { position: fixed; right: 1rem; bottom: 1rem; max-width: min(22rem, calc(100vw - 2rem)); padding: 0.75rem 1rem;
  display: flex; gap: 0.75rem; align-items: center; margin: 0; inset: auto 1rem 1rem auto; }
.note p { margin: 0; }
@media (prefers-reduced-motion: no-preference) {
  dialog[open], .note { animation: sn-in 160ms ease-out; }
  @keyframes sn-in { from { opacity: 0; transform: translateY(0.5rem); } to { opacity: 1; transform: none; } }
}
@media (forced-colors: active) { button { border: 2px solid ButtonText; } }
`;
