/**
 * A site rule is data: which hosts it covers, which page types exist there (pure URL tests
 * with example URLs), and which controls connect with a person. Each alternative names its
 * evidence in `source` (repository and file, or page, and year). The site's id, name and hosts
 * are vocabulary (vocabulary/sites.ts), so pages that only name sites need no rule.
 */
import type { SiteId } from '../../vocabulary/sites';
import type { ChatRule } from '../chat/sites/types';

export interface PageType {
  /** Pure test of the page's URL. */
  test: (url: URL) => boolean;
  /** Real example URLs of this page type; tests check each matches only its own type. */
  examples: string[];
}

export interface ControlRule {
  /** Whole labels (accessible name or visible text), any language; compared trimmed and case-folded. */
  labels?: string[];
  /** Anchored pattern over the folded label, for labels that carry a name: "follow @jack". */
  pattern?: RegExp;
  /** An attribute of the actionable element, e.g. data-testid ending in "-follow". */
  attr?: { name: string; pattern: RegExp };
  /** Only on these page types of the same rule. */
  on?: string[];
  /** Only inside an ancestor matching this selector (crosses open shadow roots via the event path). */
  within?: string;
  /** One line: where this was seen, and the year. */
  source: string;
}

export interface SiteRule {
  /** Stable id; the file is named after it. */
  id: SiteId;
  /** Host names covered: exact ("www.facebook.com") or a suffix wildcard ("*.pinterest.com"). */
  hosts: string[];
  pages?: Record<string, PageType>;
  /** Controls that connect with a person here, on top of the generic multilingual list. */
  connect?: ControlRule[];
  /** Controls never nudged here even if the generic list matches (look-alikes, wrong context). */
  ignore?: ControlRule[];
  /** Pattern over a link's pathname that names a person's profile (for "don't ask again"). */
  profilePath?: RegExp;
  /** Where the evidence for this rule came from (repositories, pages). */
  evidence: string[];
  /** This site's chat (content/chat/sites/<id>.ts), joined to the rule in its rule script. */
  chat?: ChatRule;
}
