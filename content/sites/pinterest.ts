import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';

/** A person's (or brand's) page: /<username>/, never an app section. One test for the page type and for profile links. */
const PROFILE =
  /^\/(?!(?:pin|search|ideas|today|settings|business|_|categories|news_hub|videos|login|password)(?:\/|$))[a-z0-9_]+\/?$/i;

export const pinterestRule: SiteRule = {
  id: 'pinterest',
  hosts: SITE_HOSTS.pinterest,
  pages: {
    search: {
      test: (u) => u.pathname.startsWith('/search/'),
      examples: ['https://www.pinterest.com/search/users/?q=recipes'],
    },
    profile: {
      test: (u) => PROFILE.test(u.pathname),
      examples: ['https://www.pinterest.com/microsoft/'],
    },
  },
  connect: [
    {
      // The test id sits on the wrapper div; the button inside it is what a pointer hits.
      within: '[data-test-id="user-follow-button"], [data-test-id="creator-follow-button"]',
      source:
        'Pinterest automation selectors [data-test-id="user-follow-button"] button / [data-test-id="creator-follow-button"] button (code-index ids 41166051837, 70872558784, c. 2024–2025; repository names not exposed)',
    },
  ],
  ignore: [
    {
      labels: ['following', 'abonné', 'abonnée', 'unfollow', 'save', 'saved'],
      source: 'Pinterest search scraper (code-index id 40775452140, c. 2025): follow button aria-label containing "following"/"abonné" means already followed',
    },
    {
      pattern: /^(following|abonné)\b/,
      source: 'same source (c. 2025): aria-label containing "following" / "abonné"',
    },
  ],
  profilePath: PROFILE,
  evidence: [
    'github.com/gruberjl/workplace packages/pinterest/lib/follow.js (c. 2019): follows from https://www.pinterest.com/<account>/followers/ (button class _5c, build-generated, not used as a signal)',
    'code-index id 41166051837: Playwright Pinterest client, [data-test-id="user-follow-button"] button on /<username>/ (c. 2024–2025)',
    'code-index id 40775452140: Pinterest search scraper, follow-state aria-label "following"/"abonné" (c. 2025)',
    'code-index id 47567703427: Selenium Pinterest bot, listitem rows with div[data-test-id="user-follow-button"] (c. 2023)',
    'code-index id 70872558784: multi-site follow helper, Pinterest selectors (c. 2025)',
  ],
};
