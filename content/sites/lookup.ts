/**
 * Which site rule covers a host. Exact hosts first, then "*.example.com" suffixes. In the
 * browser the manifest's per-site entries make this choice (build/content-bundles.ts); the
 * tests use this to check they agree, and to pick a fixture's rule.
 */
import { SITE_RULES } from './index';
import type { SiteRule } from './types';

export function ruleForHost(host: string, rules: readonly SiteRule[] = SITE_RULES): SiteRule | null {
  const name = host.toLowerCase();
  for (const rule of rules) if (rule.hosts.includes(name)) return rule;
  for (const rule of rules) {
    for (const pattern of rule.hosts) {
      if (pattern.startsWith('*.') && (name === pattern.slice(2) || name.endsWith(pattern.slice(1)))) return rule;
    }
  }
  return null;
}
