/**
 * Loads the committed site fixtures (tests/fixtures/sites) into happy-dom: reads the header
 * (site, url, source), attaches declarative shadow roots, and lists the marked controls.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SITES_DIR = join(__dirname, '../../fixtures/sites');

export interface Fixture {
  site: string;
  file: string;
  url: string;
  source: string;
  /** "saved page", "partly reconstructed" or "rebuilt from selectors" (what follows in brackets is detail). */
  basis: string;
  /** Set on a labelled variant: what it adds that its source does not show. */
  variant: string | null;
  /** True for sources kept apart for testing (never used to write a rule). */
  testOnly: boolean;
  html: string;
}

export const BASES = ['saved page', 'partly reconstructed', 'rebuilt from selectors'] as const;

/** The kind a fixture's figures are reported under. */
export function kindOf(fixture: Fixture): string {
  if (fixture.variant) return 'labelled variant';
  return BASES.find((basis) => fixture.basis.startsWith(basis)) ?? 'unknown';
}

export function header(html: string): Record<string, string> {
  const comment = /<!--([\s\S]*?)-->/.exec(html)?.[1] ?? '';
  const fields: Record<string, string> = {};
  for (const line of comment.split('\n')) {
    const match = /^\s*([a-z]+):\s*(.+)$/.exec(line);
    if (match && !(match[1]! in fields)) fields[match[1]!] = match[2]!.trim();
  }
  return fields;
}

export function loadFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const site of readdirSync(SITES_DIR)) {
    for (const file of readdirSync(join(SITES_DIR, site)).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(join(SITES_DIR, site, file), 'utf8');
      const fields = header(html);
      fixtures.push({
        site, file, url: fields.url ?? '', source: fields.source ?? '', basis: fields.basis ?? '',
        variant: fields.variant ?? null, testOnly: /^test only\b/.test(fields.use ?? ''), html,
      });
    }
  }
  return fixtures;
}

/** Renders a fixture in the test document; `<template shadowrootmode>` becomes a real shadow root. */
export function render(fixture: Fixture): void {
  document.body.innerHTML = '';
  const container = document.createElement('div');
  container.innerHTML = fixture.html.replace(/<!DOCTYPE[^>]*>/i, '');
  document.body.append(...container.childNodes);
  attachShadows(document.body);
}

function attachShadows(root: ParentNode): void {
  for (const template of [...root.querySelectorAll('template[shadowrootmode]')] as HTMLTemplateElement[]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open' });
    shadow.append(template.content.cloneNode(true));
    template.remove();
    attachShadows(shadow);
  }
}

/**
 * A held-out control the engine does not hold yet carries `data-sn-known-miss="<reason>"` beside
 * its `data-sn-expect`: a test mark like the others (the source shows nothing of it). The tests
 * then assert it is still missed, so the figure stays honest and a fix must update the mark.
 */
export interface Marked { element: Element; expect: string; clickTarget: Element; knownMiss: string | null }

/** Every marked control, in light DOM and open shadow roots. */
export function markedControls(root: ParentNode = document): Marked[] {
  const found: Marked[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('[data-sn-expect]')) {
      const clickTarget = element.querySelector('[data-sn-click]') ?? element;
      found.push({ element, expect: element.getAttribute('data-sn-expect')!, clickTarget, knownMiss: element.getAttribute('data-sn-known-miss') });
    }
    for (const host of node.querySelectorAll('*')) if (host.shadowRoot) visit(host.shadowRoot);
  };
  visit(root);
  return found;
}

/** The composed path a real click on `target` would have. */
export function pathOf(target: Element): EventTarget[] {
  let path: EventTarget[] = [];
  const listener = (event: Event) => (path = event.composedPath());
  window.addEventListener('click', listener, { capture: true, once: true });
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
  window.removeEventListener('click', listener, { capture: true });
  return path;
}
