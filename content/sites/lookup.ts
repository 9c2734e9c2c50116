/** Which site rule covers a host. Exact hosts first, then "*.example.com" suffixes. */
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

/** Page types of a rule that the URL is. */
export function pageTypesOf(rule: SiteRule | null, url: URL): string[] {
  if (!rule?.pages) return [];
  return Object.entries(rule.pages)
    .filter(([, page]) => {
      try {
        return page.test(url);
      } catch {
        return false;
      }
    })
    .map(([name]) => name);
}
