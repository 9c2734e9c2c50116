/** Where and how the reminder and the note live in a page. */
import { el } from '../../views/dom';

/** The element that really has focus, inside open shadow roots too. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Creates the `<safe-nudge>` host with an open shadow root and the reminder's styles. */
export function createHost(attributes: Record<string, string>, css: string): { host: HTMLElement; root: ShadowRoot; style: HTMLStyleElement } {
  const host = el('safe-nudge' as 'div', attributes);
  const root = host.attachShadow({ mode: 'open' });
  const style = el('style', {}, [css]);
  root.append(style);
  return { host, root, style };
}

/**
 * The reminder hangs off <html>, not <body>: pages hide or make their body inert under their
 * own modals, and a top-layer dialog still inherits that from its ancestors.
 */
export function mountPoint(): Element {
  return document.documentElement;
}
