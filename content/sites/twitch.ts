import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';

/**
 * First path segments on twitch.tv that are app sections, not a channel: one list for the
 * channel page type and for channel links (matched case-insensitively, as Twitch does).
 */
const RESERVED =
  'directory|search|following|settings|subscriptions|inventory|wallet|drops|downloads|jobs|turbo|prime|p|u|videos|login|signup|messages|friends|store|bits|payments|moderator|popout|broadcast|team|event|products';
const SECTION = new RegExp(`^(?:${RESERVED})$`, 'i');

export const twitchRule: SiteRule = {
  id: 'twitch',
  hosts: SITE_HOSTS.twitch,
  pages: {
    channel: {
      test: (url) => {
        const m = /^\/([A-Za-z0-9_]{3,25})(?:\/(?:videos|clips|about|schedule))?\/?$/.exec(url.pathname);
        const name = m?.[1];
        return !!name && !SECTION.test(name);
      },
      examples: ['https://www.twitch.tv/cashapp', 'https://www.twitch.tv/ohnePixel', 'https://www.twitch.tv/ohnepixel/about'],
    },
  },
  connect: [
    {
      // Twitch's Follow (a person's channel). Subscribe is paid and is not a connect control.
      attr: { name: 'data-a-target', pattern: /^follow-button$/ },
      source: 'Ephellon/Twitch-Tools ttv-tools/tools.js (2020); LouisDeconinck/TwitchFollowerChromeExtension follow.js button[data-a-target=follow-button] (2022)',
    },
    {
      // The same Follow button's test attribute; Unfollow carries data-test-selector="unfollow-button" (ignored below).
      attr: { name: 'data-test-selector', pattern: /^follow-button$/ },
      source:
        'code-index file id 44331379325 (Twitch channel-header markup in JSX, c. 2024): button aria-label="팔로우" data-a-target="follow-button" data-test-selector="follow-button"; code-index file id 55467565229 (a Twitch declutter extension, c. 2025): button[data-test-selector="follow-button"]',
    },
  ],
  ignore: [
    {
      attr: { name: 'data-a-target', pattern: /^(?:unfollow-button|subscribe-button|subscribed-button|notifications-toggle)$/ },
      source: 'Ephellon/Twitch-Tools ttv-tools/tools.js unfollow-button, subscribed-button, subscribe-button (2020)',
    },
    {
      attr: { name: 'data-test-selector', pattern: /^(?:live-notifications-toggle|unfollow-button)$/ },
      source:
        'Ephellon/Twitch-Tools ttv-tools/tools.js [data-test-selector="live-notifications-toggle"] (2020-09); code-index file id 55467565229 (c. 2025): live capture <button aria-label="Unfollow …" data-a-target="unfollow-button" data-test-selector="unfollow-button">',
    },
    {
      labels: ['subscribe', 'subscribed', 'unfollow', 'following', 'resubscribe'],
      source: 'Ephellon/Twitch-Tools ttv-tools/tools.js: subscribe/resubscribe and subscribed states are separate buttons (2020)',
    },
  ],
  profilePath: new RegExp(`^/(?!(?:${RESERVED})(?:/|$))[A-Za-z0-9_]{3,25}/?$`, 'i'),
  evidence: [
    'github.com/Ephellon/Twitch-Tools ttv-tools/tools.js: [data-a-target="follow-button"], [data-a-target="unfollow-button"], [data-a-target="subscribed-button"], [data-a-target="subscribe-button"] (first in commit 4292ee5, 2020-07-20); [data-test-selector="live-notifications-toggle"] (commit f9b8081, 2020-09-01); still present at HEAD 2026',
    'github.com/LouisDeconinck/TwitchFollowerChromeExtension follow.js: button[data-a-target=\'follow-button\'] and button[data-a-target=\'unfollow-button\'] (they are <button> elements) (2022-06)',
    'code-index file ids 44331379325 (c. 2024) and 55467565229 (c. 2025): data-test-selector "follow-button" / "unfollow-button" beside data-a-target on the same buttons',
    'Not found: saved Twitch markup with the inner label structure or localized aria-labels; fixtures carry no visible words',
  ],
};
