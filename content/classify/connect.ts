/**
 * Is this click about to connect the child with a person? Pure: the event path, the page URL
 * and the site's rule in; a hit (or null) out. Site rules first (ignore wins), then the generic
 * multilingual list. Unknown or unsure means null, and the site works as without Safe Nudge.
 */
import type { ControlRule, SiteRule } from '../sites/types';
import { pageTypesOf } from '../sites/pages';
import { CONNECT_LABEL_SET } from '../labels/connect';
import { controlLabels, findControl } from './control';
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

export function classifyConnect(path: readonly EventTarget[], url: URL, rule: SiteRule | null): ConnectHit | null {
  const found = findControl(path);
  if (!found) return null;
  const labels = controlLabels(found.control);
  let pages: string[] | null = null;
  const context: Context = { ...found, labels, get pages() { return (pages ??= pageTypesOf(rule, url)); } };
  let match: RegExpExecArray | true | null = null;
  for (const entry of rule?.connect ?? []) {
    match = ruleMatches(entry, context);
    if (match) break;
  }
  if (!match && !labels.some((label) => CONNECT_LABEL_SET.has(label))) return null;
  // Ignore rules win, but only matter for what would be held: most clicks stop above.
  if (rule?.ignore?.some((entry) => ruleMatches(entry, context))) return null;
  return { kind: 'friend-request', control: found.control, person: findPerson(match ?? true, context, rule, url) };
}
