import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';

/**
 * First path segments on x.com that are app sections, never a person's handle: one list for
 * the profile page type and for profile links (paths are matched case-insensitively, as X does).
 */
const RESERVED =
  'home|explore|notifications|messages|search|settings|i|compose|login|logout|signup|tos|privacy|intent|hashtag|share|jobs|bookmarks|lists|communities|premium_sign_up|who_to_follow|account|download|verified-choose';
const PROFILE_LINK = new RegExp(`^/(?!(?:${RESERVED})(?:/|$))[A-Za-z0-9_]{1,15}/?$`, 'i');
const SECTION = new RegExp(`^(?:${RESERVED})$`, 'i');

const profileName = (url: URL): string | null => {
  const m = /^\/([A-Za-z0-9_]{1,15})(?:\/(?:with_replies|media|likes|highlights|articles|affiliates|superfollows))?\/?$/.exec(url.pathname);
  const name = m?.[1];
  return name && !SECTION.test(name) ? name : null;
};

export const xRule: SiteRule = {
  id: 'x',
  hosts: SITE_HOSTS.x,
  pages: {
    profile: {
      test: (url) => profileName(url) !== null,
      examples: ['https://x.com/jack', 'https://x.com/nichxbt/media', 'https://twitter.com/schwanksta'],
    },
    followList: {
      test: (url) =>
        /^\/[A-Za-z0-9_]{1,15}\/(?:verified_followers|followers|following|followers_you_follow)\/?$/.test(url.pathname),
      examples: ['https://x.com/jack/followers', 'https://x.com/nichxbt/following', 'https://x.com/jack/verified_followers'],
    },
  },
  connect: [
    {
      // Follow buttons carry data-testid "<id>-follow"; "-unfollow" does not end in "-follow".
      attr: { name: 'data-testid', pattern: /^[A-Za-z0-9_]+-follow$/ },
      source: 'insin/control-panel-for-twitter script.js [role="button"][data-testid$="-follow"] (2021); nirholas/XActions docs/dom-selectors.md (2026)',
    },
    {
      pattern: /^follow @(?<person>[a-z0-9_]{1,15})$/,
      source: 'nirholas/XActions docs/dom-selectors.md fallback button[aria-label*="Follow @"] (2026)',
    },
  ],
  ignore: [
    {
      attr: { name: 'data-testid', pattern: /-(?:unfollow|subscribe|unblock|unmute)$/ },
      source: 'insin/control-panel-for-twitter script.js -unfollow (2021), -subscribe (2023); nirholas/XActions docs/dom-selectors.md -unblock/-unmute (2026)',
    },
    {
      pattern: /^(?:following|unfollow|unblock|unmute|blocked|muted) @[a-z0-9_]{1,15}$/,
      source: 'nirholas/XActions docs/dom-selectors.md aria-label "Following @", "Unblock", "Unmute" fallbacks (2026)',
    },
    {
      attr: { name: 'data-testid', pattern: /^(?:block|userActions|sendDMFromProfile)$/ },
      source: 'insin/control-panel-for-twitter script.js BLOCK_MENU_ITEM (2023); nirholas/XActions docs/dom-selectors.md userActions (2026)',
    },
  ],
  profilePath: PROFILE_LINK,
  evidence: [
    'github.com/insin/control-panel-for-twitter script.js: [role="button"][data-testid$="-follow"] / [data-testid$="-unfollow"] (since 2021-08), [data-testid$="-subscribe"] (2023-06), [data-testid="block"]; URL_PROFILE_RE shape of profile paths',
    'github.com/nirholas/XActions docs/dom-selectors.md (2026-02): Follow [data-testid$="-follow"] / button[aria-label*="Follow @"], Unfollow [data-testid$="-unfollow"] / aria-label "Following @", -unblock, -unmute, userActions, UserCell',
    'github.com/ryotoitoi/x-follow main.js: clicks [data-testid$="-follow"], then [data-testid="confirmationSheetConfirm"] as part of following, so the confirmation sheet is not ignored',
    'Not found: real saved markup for a protected account "Pending"/"Requested" state; left to the generic list',
  ],
};
