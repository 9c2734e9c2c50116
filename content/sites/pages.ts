/** Which of a rule's page types a URL is: pure, and without the rule registry (the page script has one rule). */
import type { SiteRule } from './types';

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
