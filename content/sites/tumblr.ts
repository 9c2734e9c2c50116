import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';

export const tumblrRule: SiteRule = {
  id: 'tumblr',
  hosts: SITE_HOSTS.tumblr,
  pages: {
    dashboard: { test: (u) => u.pathname.startsWith('/dashboard'), examples: ['https://www.tumblr.com/dashboard'] },
    likes: { test: (u) => u.pathname.startsWith('/likes'), examples: ['https://www.tumblr.com/likes'] },
  },
  ignore: [
    {
      labels: ['unlike', 'like', 'unfollow', 'following'],
      source:
        'github.com/christian-cleberg/cleberg.net content/blog/2023-01-05-mass-unlike-tumblr-posts.md (2023): button aria-label="Unlike"; github.com/jaredsohn/userscript 131696.user.js (c. 2012): dashboard unfollow links',
    },
    {
      attr: { name: 'following', pattern: /^.*$/ },
      source: 'github.com/jaredsohn/userscript 131696.user.js (c. 2012): dashboard unfollow links //a[@following]',
    },
  ],
  // A blog at www.tumblr.com/<name> or /blog/view/<name>, minus the site's own sections.
  profilePath:
    /^\/(?:blog\/view\/[a-z0-9-]+|(?!(?:dashboard|likes|explore|settings|inbox|following|followers|search|tagged|communities|new|activity|messages|blog|login|register|help|policy|about|apps|privacy|tips)(?:\/|$))[a-z0-9-]+)\/?$/i,
  evidence: [
    'github.com/AprilSylph/XKit-Rewritten src/scripts/tweaks/hide_mini_follow.js (c. 2021–2022) and src/features/tweaks/hide_mini_follow.js (later, css-map key followButton)',
    'github.com/christian-cleberg/cleberg.net content/blog/2023-01-05-mass-unlike-tumblr-posts.md (2023)',
    'github.com/jaredsohn/userscript 131696.user.js (c. 2012)',
    'Post mini follow: article button[aria-label="Follow"] (XKit-Rewritten hide_mini_follow.js, c. 2021–2022): caught by the generic "follow", so no rule of its own',
  ],
};
