/**
 * How the page script gets its site's rule. Each site has a tiny rule script
 * (content-scripts/sites/<id>.js, built by build/content-bundles.ts) that the manifest runs
 * just before nudge.js on that site's hosts only, in the same isolated world: it leaves
 * the rule here. So a page carries one site's rule, not all of them, and the browser's own
 * match patterns pick it. Pages cannot see or set the isolated world's globals.
 */
import type { SiteRule } from './types';

const KEY = '__safeNudgeSiteRule';

export function registerSiteRule(rule: SiteRule): void {
  (globalThis as Record<string, unknown>)[KEY] = rule;
}

/** The rule the manifest gave this page, or null (other websites: the generic labels only). */
export function registeredSiteRule(): SiteRule | null {
  const rule = (globalThis as Record<string, unknown>)[KEY] as SiteRule | undefined;
  return rule && typeof rule.id === 'string' ? rule : null;
}
