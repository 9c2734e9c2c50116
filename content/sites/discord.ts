import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';

export const discordRule: SiteRule = {
  id: 'discord',
  hosts: SITE_HOSTS.discord,
  pages: {
    friends: {
      // Home / Friends view (tabs Online, All, Pending, Blocked, Add Friend).
      test: (url) => /^\/channels\/@me\/?$/.test(url.pathname),
      examples: ['https://discord.com/channels/@me'],
    },
    dm: {
      test: (url) => /^\/channels\/@me\/\d+\/?$/.test(url.pathname),
      examples: ['https://discord.com/channels/@me/1048287921138040843'],
    },
    server: {
      test: (url) => /^\/channels\/\d+(?:\/\d+)?\/?$/.test(url.pathname),
      examples: ['https://discord.com/channels/1048287921138040843'],
    },
  },
  connect: [
    {
      // "Accept" alone is too generic (invites, terms); only on the Friends view, where Pending requests are accepted.
      labels: ['accept'],
      on: ['friends'],
      source: 'mwittrien/BetterDiscordAddons issue #2102 "accept or ignore button" in the friends list (2022); clrn.org guide, Pending tab "Accept"',
    },
    {
      // 2016-2018 Discord used readable class names: the profile modal's add-friend button.
      attr: { name: 'class', pattern: /(?:^|\s)add-friend(?:\s|$)/ },
      within: '#user-profile-modal',
      source: '0mniscient/Discord-Themes css/Quiet.css #user-profile-modal footer .btn.add-friend (2018)',
    },
  ],
  ignore: [
    {
      labels: ['ignore', 'cancel request', 'cancel', 'online', 'all', 'pending', 'blocked'],
      on: ['friends'],
      source: 'mwittrien/BetterDiscordAddons issue #2102 ignore / cancel request buttons (2022); clrn.org guide tabs Online, All, Pending, Blocked',
    },
  ],
  // A person's profile is opened in a popout/modal, not a URL; DMs are the closest stable path.
  profilePath: /^\/channels\/@me\/\d+\/?$/,
  evidence: [
    'github.com/mwittrien/BetterDiscordAddons issue #2102 (2022-12): friend requests in the friends list have "accept" and "ignore" buttons, a sent request has a "cancel request" button; the profile window has accept and ignore buttons too',
    'pages: www.techbloat.com/?p=779656 — Friends tab, "Add Friend", enter the username, click "Send Friend Request"; right-click a member and choose "Add Friend"',
    'pages: www.clrn.org/how-to-accept-friend-request-on-discord-computer — Friends panel sub-tabs Online, All, Pending, Blocked; Pending shows incoming requests with an Accept button',
    'github.com/0mniscient/Discord-Themes css/Quiet.css (2018-04): #user-profile-modal footer .btn.add-friend, .add-friend-popout .btn, .add-friend-input-wrapper; #friends .friends-header .tab-bar .tab-bar-item',
    'Not found: real saved markup of the current Discord friends page (class names are build-hashed); "Add Friend" / "Send Friend Request" are left to the generic list',
  ],
};
