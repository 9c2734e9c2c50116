import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';

export const blueskyRule: SiteRule = {
  id: 'bluesky',
  hosts: SITE_HOSTS.bluesky,
  pages: {
    profile: {
      test: (u) => /^\/profile\/[^/]+\/?$/.test(u.pathname),
      examples: ['https://bsky.app/profile/alice.bsky.social', 'https://bsky.app/profile/bob.bsky.social'],
    },
  },
  connect: [
    {
      attr: { name: 'data-testid', pattern: /^followBtn$/ },
      source:
        'github.com/bluesky-social/social-app src/view/com/profile/ProfileHeader.tsx (2023) and src/screens/Profile/Header/ProfileHeaderStandard.tsx (2025): testID="followBtn"',
    },
    {
      pattern: /^follow @?[a-z0-9-]+(\.[a-z0-9-]+)+$/,
      source: 'github.com/bluesky-social/social-app ProfileHeader.tsx (2023) / ProfileHeaderStandard.tsx (2025): label `Follow ${handle}`',
    },
  ],
  ignore: [
    {
      attr: { name: 'data-testid', pattern: /^(unfollowBtn|unblockBtn|profileHeaderDropdownBtn|profileHeaderFollowersButton|profileHeaderFollowsButton)$/ },
      source: 'github.com/bluesky-social/social-app ProfileHeader.tsx (2023), ProfileHeaderStandard.tsx (2025)',
    },
    {
      pattern: /^(unfollow|show .+'s follow)/,
      source: 'github.com/bluesky-social/social-app ProfileHeader.tsx (2023): `Unfollow ${handle}`, `Show ${handle}\'s followers`',
    },
    {
      labels: ['following', 'unfollow', 'unblock', 'edit profile'],
      source: 'github.com/bluesky-social/social-app ProfileHeaderStandard.tsx (2025), FollowButton.tsx (2024)',
    },
  ],
  profilePath: /^\/profile\/[^/]+\/?$/,
  evidence: [
    'github.com/bluesky-social/social-app src/view/com/profile/ProfileHeader.tsx (commit 00a37ec6, 2023)',
    'github.com/bluesky-social/social-app src/view/com/profile/FollowButton.tsx (commit 031c6c3d, 2024)',
    'github.com/bluesky-social/social-app src/screens/Profile/Header/ProfileHeaderStandard.tsx (commit 008fe5ea, 2025)',
    'userscript selectors [role="button"][data-testid="followBtn"] (code-index id 40230637024, c. 2023) and button[data-testid="followBtn"] (id 4817814582, c. 2025)',
    '"Follow back" (ProfileHeaderStandard.tsx, 2025) / "Follow Back" (FollowButton.tsx, 2024): caught by the generic "follow back", so no rule of its own',
  ],
};
