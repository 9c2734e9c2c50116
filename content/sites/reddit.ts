import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';

export const redditRule: SiteRule = {
  id: 'reddit',
  hosts: SITE_HOSTS.reddit,
  pages: {
    user: {
      test: (url) => /^\/(?:user|u)\/[A-Za-z0-9_-]{3,20}(?:\/[a-z]+)?\/?$/.test(url.pathname),
      examples: ['https://old.reddit.com/user/spez', 'https://www.reddit.com/user/spez/', 'https://www.reddit.com/u/spez/overview'],
    },
    subreddit: {
      test: (url) => /^\/r\/[A-Za-z0-9_]{2,21}(?:\/.*)?$/.test(url.pathname),
      examples: ['https://www.reddit.com/r/all/', 'https://old.reddit.com/r/PHP/'],
    },
  },
  connect: [
    {
      // Old Reddit's friend toggle on a user page: "+ friends" (class "add") / "- friends" (class "remove").
      // Labels fold without their edge symbols, so the add/remove class tells the two apart.
      labels: ['friends'],
      attr: { name: 'class', pattern: /(?:^|\s)add(?:\s|$)/ },
      within: '.fancy-toggle-button',
      source: 'reddit-archive/reddit r2/r2/templates/profilebar.html toggle_button("fancy-toggle-button", "+ friends", "- friends", css_class "add") (2015)',
    },
  ],
  ignore: [
    {
      labels: ['friends'],
      attr: { name: 'class', pattern: /(?:^|\s)remove(?:\s|$)/ },
      within: '.fancy-toggle-button',
      source: 'reddit-archive/reddit r2/r2/templates/profilebar.html "- friends" option, alt_css_class "remove" (2015)',
    },
    {
      labels: ['send message', 'subscribe', 'unsubscribe', 'join', 'joined', 'leave'],
      source: 'reddit-archive/reddit r2/r2/templates/profilebar.html, printablebuttons.html (2015); beak2825/greasyfork_archives js_greasyfork/434748.js "Join Subreddit" (2021)',
    },
    {
      attr: { name: 'class', pattern: /(?:^|\s)subreddit-subscribe(?:\s|$)/ },
      source: 'beak2825/greasyfork_archives js_greasyfork/434748.js .subreddit-subscribe "Join r/<name>" buttons (2021)',
    },
    {
      // Community Join lives in <shreddit-join-button>; joining a community is not a person.
      labels: ['join', 'joined', 'leave'],
      within: 'shreddit-join-button',
      source: 'code index excerpts querying shreddit-join-button (and its shadowRoot button) inside shreddit-subreddit-header-buttons (2024-2025)',
    },
  ],
  profilePath: /^\/(?:user|u)\/[A-Za-z0-9_-]{3,20}\/?$/,
  evidence: [
    'github.com/reddit-archive/reddit r2/r2/templates/profilebar.html (© 2006-2015): logged-in users see toggle_button("fancy-toggle-button", "+ friends", "- friends", css_class "add" / "remove", login_required) on another user\'s page, and a "send message" link; printablebuttons.html toggle_button renders <span class="fancy-toggle-button toggle"><a class="option active add login-required" href="#" tabindex="100">…</a><a class="option remove" href="#">…</a></span>',
    'github.com/beak2825/greasyfork_archives js_greasyfork/434748.js "RES filter button" (2021): Reddit\'s "Join Subreddit" buttons carry class "subreddit-subscribe" and a title "Join r/<name>"',
    'code index (repositories not named by the index): shreddit-join-button[data-testid="credit-bar-join-button"] in post credit bars; shreddit-subreddit-header-buttons → shadowRoot → shreddit-join-button → shadowRoot → button',
    'Not found: real markup of the new-Reddit (shreddit) user-profile Follow button; the generic "follow" label covers it, with no Reddit-specific test',
  ],
};
