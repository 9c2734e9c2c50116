/**
 * Is this click about to connect the child with a person? Pure: the event path, the page URL
 * and the site's rule in; a hit (or null) out. Site rules first (ignore wins), then the generic
 * multilingual list. Unknown or unsure means null, and the site works as without Safe Nudge.
 */
import type { ControlRule, SiteRule } from '../sites/types';
import { pageTypesOf } from '../sites/pages';
import { genericConnectMatch } from '../labels/connect';
import { isLookalikeLabel } from '../labels/lookalike';
import { controlLabels, findCandidates, looksClickable, type Candidate } from './control';
import { safeMatches } from '../dom';

export interface ConnectHit {
  kind: 'friend-request';
  control: Element;
  /** Who the request is for, when the page says: a profile path or handle, never stored as is. */
  person: string | null;
}

interface Context { control: Element; above: Element[]; labels: string[]; pages: string[] }

/** Every condition must hold; the cheap ones are checked first (this runs on every click). */
function ruleMatches(rule: ControlRule, context: Context): RegExpExecArray | true | null {
  // A rule must name the control or its own container; a page type alone would match everything.
  if (!rule.labels && !rule.pattern && !rule.attr && !rule.within) return null;
  if (rule.labels && !context.labels.some((label) => rule.labels!.includes(label))) return null;
  if (rule.attr) {
    const value = context.control.getAttribute(rule.attr.name);
    if (value === null || !rule.attr.pattern.test(value)) return null;
  }
  if (rule.on && !rule.on.some((page) => context.pages.includes(page))) return null;
  if (rule.within && !context.above.some((element) => safeMatches(element, rule.within!))) return null;
  if (rule.pattern) {
    for (const label of context.labels) {
      const match = rule.pattern.exec(label);
      if (match) return match;
    }
    return null;
  }
  return true;
}

/** A profile named by the label ("follow @jack"), a nearby profile link, or the page itself. */
function findPerson(match: RegExpExecArray | true, context: Context, rule: SiteRule | null, url: URL): string | null {
  if (match !== true && match.groups?.person) return match.groups.person.toLowerCase();
  const profile = rule?.profilePath;
  if (!profile) return null;
  const near = [context.control, ...context.above.slice(0, 6)];
  for (const element of near) {
    const links = element.localName === 'a' ? [element] : [...element.querySelectorAll('a[href]')].slice(0, 8);
    for (const link of links) {
      try {
        const target = new URL(link.getAttribute('href') ?? '', url);
        if (target.host === url.host && profile.test(target.pathname)) return target.pathname.toLowerCase();
      } catch {
        /* not a link we can read */
      }
    }
  }
  return profile.test(url.pathname) ? url.pathname.toLowerCase() : null;
}

/** What one candidate would be held as (or null), with the site rule first and ignore winning. */
function classifyCandidate(found: Candidate, url: URL, rule: SiteRule | null, pages: () => string[]): ConnectHit | null | 'ignored' {
  const labels = controlLabels(found.control);
  const context: Context = { control: found.control, above: found.above, labels, get pages() { return pages(); } };
  let match: RegExpExecArray | true | null = null;
  // The site rule that matched, if one did.
  let hit: ControlRule | undefined;
  for (const entry of rule?.connect ?? []) if ((match = ruleMatches(entry, context))) { hit = entry; break; }
  for (let i = 0; !match && i < labels.length; i++) match = genericConnectMatch(labels[i]!);
  if (!match) return null;
  // Ignore rules win, but only matter for what would be held: most clicks stop above.
  if (rule?.ignore?.some((entry) => ruleMatches(entry, context))) return 'ignored';
  // A rule that names no label holds what its wrapper holds: never an Unfollow or "Gefolgt" in it.
  if (hit && !hit.labels && !hit.pattern && labels.some(isLookalikeLabel)) return 'ignored';
  // An unmarked element under the pointer is a control if the page styles it as one, or if the
  // site's rule names it by an attribute of the control itself (a test id the site's code sets).
  if (found.how === 'near' && !hit?.attr && !looksClickable(found.control)) return null;
  return { kind: 'friend-request', control: found.control, person: findPerson(match, context, rule, url) };
}

export function classifyConnect(path: readonly EventTarget[], url: URL, rule: SiteRule | null): ConnectHit | null {
  let pageTypes: string[] | null = null;
  const pages = () => (pageTypes ??= pageTypesOf(rule, url));
  for (const candidate of findCandidates(path)) {
    const verdict = classifyCandidate(candidate, url, rule, pages);
    if (verdict === 'ignored') return null;
    if (verdict) return verdict;
  }
  return null;
}
