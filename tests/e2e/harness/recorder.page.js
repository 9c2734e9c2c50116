// Injected first into every page the e2e server serves: it stands in for the site's own
// script and records what the page itself receives, so a test can check that a held action
// reached the page exactly once after "continue" and never after "not now".
// Runs in the page (main world). Read from tests through window.__sn.
(() => {
  const clicks = new WeakMap();
  const rec = {
    /** Every delivery of a click to a data-sn-expect control, and every file/drop/paste. */
    log: [],
    clicksOn(el) {
      return clicks.get(el) ?? 0;
    },
    /** Zoo pages call this from their own handlers (inputs that are detached never bubble). */
    record(type, where, detail) {
      rec.log.push({ type, where, trusted: detail.trusted ?? null, ...detail });
    },
    deliveries(type, where) {
      return rec.log.filter((e) => e.type === type && (where === undefined || e.where === where));
    },
    /** Keys that reached the page from inside the reminder (they should not). */
    keysFromReminder: [],
  };
  window.__sn = rec;
  const names = (files) => Array.from(files ?? [], (f) => f.name);
  const types = (files) => Array.from(files ?? [], (f) => f.type);
  const inReminder = (path) => path.some((n) => n.localName === 'safe-nudge');

  // The page's own click handler: document, bubble phase, as sites delegate clicks.
  document.addEventListener('click', (event) => {
    const path = event.composedPath();
    if (inReminder(path)) return;
    const marked = path.find((n) => n instanceof Element && n.hasAttribute('data-sn-expect'));
    if (marked) {
      clicks.set(marked, (clicks.get(marked) ?? 0) + 1);
      rec.log.push({ type: 'click', where: marked.getAttribute('data-sn-expect'), trusted: event.isTrusted });
    }
    // Like a single-page app, keep the page in place so counts survive (links, forms).
    if (path.some((n) => n instanceof HTMLAnchorElement && n.hasAttribute('href'))) event.preventDefault();
  });
  document.addEventListener('submit', (event) => event.preventDefault());

  // File inputs that are attached to the document (fixtures' data-sn-upload inputs).
  document.addEventListener('change', (event) => {
    const input = event.composedPath()[0];
    if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
    if (input.closest('[data-zoo]')) return; // zoo pages record their own inputs
    rec.record('change', 'document', { names: names(input.files), types: types(input.files), trusted: event.isTrusted });
  });

  document.addEventListener('keydown', (event) => {
    if (inReminder(event.composedPath())) rec.keysFromReminder.push(event.key);
  });

  // Trimmed fixtures lack the site's CSS and icons, so a control that was only an icon (an
  // empty <div role=button aria-label=...>, an <a> whose text the source didn't give) has no
  // box and no pointer could hit it. Give such click targets a small box, as the site's CSS
  // would; nothing else about them changes. Really hidden ones (display: none) stay hidden.
  const sizeEmptyTargets = () => {
    const roots = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    for (const root of roots) {
      for (const el of root.querySelectorAll('[data-sn-expect], [data-sn-click]')) {
        if (el.hasAttribute('data-sn-expect') && el.querySelector('[data-sn-click]')) continue;
        const box = el.getBoundingClientRect();
        if ((box.width > 0 && box.height > 0) || getComputedStyle(el).display === 'none') continue;
        el.style.setProperty('display', 'inline-block');
        el.style.setProperty('min-width', '24px');
        el.style.setProperty('min-height', '24px');
        rec.sized.push(el.getAttribute('aria-label') || el.localName);
      }
    }
  };
  rec.sized = [];
  document.addEventListener('DOMContentLoaded', sizeEmptyTargets);

  rec.names = names;
  rec.types = types;
})();
