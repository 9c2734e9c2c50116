import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';

export const snapchatRule: SiteRule = {
  id: 'snapchat',
  hosts: SITE_HOSTS.snapchat,
  pages: {
    web: {
      test: (u) => u.hostname === 'web.snapchat.com',
      examples: ['https://web.snapchat.com/'],
    },
    publicProfile: {
      test: (u) => u.hostname === 'www.snapchat.com' && /^\/add\/[^/]+\/?$/.test(u.pathname),
      examples: ['https://www.snapchat.com/add/teamsnapchat'],
    },
  },
  // No Snapchat-only connect control: no public source found states the markup or label of the Add / Accept control
  // on Snapchat for Web, so only the generic list ("add friend", ...) applies.
  profilePath: /^\/add\/[A-Za-z][A-Za-z0-9._-]{2,14}\/?$/,
  evidence: [
    'github.com/jaydenmcl/SnapBot2 snapbot.js (2024-11 … 2025-05): web.snapchat.com button[title="View friend requests"], button[title="Add a caption"]',
    'github.com/Sponsoparnordvpn/Conan conan/modules/usernames/socials/snapchat.py: public profile URL https://www.snapchat.com/add/<username>',
    'code-index (username checker, repository not exposed): Snapchat username regex /^[a-zA-Z][a-zA-Z0-9]{2,14}$/ for snapchat.com/add/{username}',
  ],
};
