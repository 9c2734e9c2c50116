import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';

const isProfile = (u: URL) => /^\/(id|profiles)\/[^/]+\/?$/.test(u.pathname);
const isInvites = (u: URL) => /^\/(id|profiles)\/[^/]+\/(home\/invites|friends\/pending)\/?$/.test(u.pathname);

export const steamRule: SiteRule = {
  id: 'steam',
  hosts: SITE_HOSTS.steam,
  pages: {
    profile: {
      test: isProfile,
      examples: ['https://steamcommunity.com/id/ktese/', 'https://steamcommunity.com/profiles/76561198000000001/'],
    },
    invites: {
      test: isInvites,
      examples: ['https://steamcommunity.com/id/example/home/invites/', 'https://steamcommunity.com/id/example/friends/pending'],
    },
  },
  connect: [
    {
      attr: { name: 'href', pattern: /^javascript:\s*AddFriend\(/ },
      source: 'steamcommunity profile markup #btn_add_friend href="javascript:AddFriend()" quoted in code-index file id 56170314873 (c. 2025)',
    },
    {
      // The same profile button by its id, for when the link's href is not the element clicked or read.
      attr: { name: 'id', pattern: /^btn_add_friend$/ },
      source: 'steamcommunity profile markup a#btn_add_friend.btn_profile_action quoted in code-index file id 56170314873 (c. 2025)',
    },
    {
      attr: { name: 'onclick', pattern: /RedeemInviteToken\(/ },
      source: 'invite banner "Add As Friend" onclick="RedeemInviteToken( … )" quoted in code-index file id 56170314873 (c. 2025)',
    },
    {
      attr: { name: 'href', pattern: /FriendAccept\(\s*'\d+'\s*,\s*'accept'\s*\)/ },
      on: ['invites'],
      source: "github.com/AndrewParkes/BlockAllSteamInvites Blocks all steam invites.user.js (c. 2015–2016): href javascript:FriendAccept( '<id>', 'accept' )",
    },
  ],
  ignore: [
    {
      attr: { name: 'href', pattern: /FriendAccept\(\s*'\d+'\s*,\s*'(ignore|block)'\s*\)/ },
      source: 'github.com/AndrewParkes/BlockAllSteamInvites (c. 2015–2016): ignore/block links of pending invites',
    },
    {
      labels: [
        'ignore',
        'more...',
        'give a community award',
        'view equipped point shop items',
        'invite to join your group',
        'block all communication',
        'report player',
      ],
      source: 'steamcommunity profile action menu quoted in code-index file id 56170314873 (c. 2025)',
    },
  ],
  profilePath: /^\/(id|profiles)\/[^/]+\/?$/,
  evidence: [
    'github.com/AndrewParkes/BlockAllSteamInvites Blocks all steam invites.user.js (c. 2015–2016)',
    'code-index file id 56170314873: quoted steamcommunity.com profile action and invite-banner markup (c. 2025; repository name not exposed)',
    '"Add Friend" profile button and "Add As Friend" in the invite banner (code-index file id 56170314873, c. 2025): caught by the generic labels, so no rule of their own',
  ],
};
