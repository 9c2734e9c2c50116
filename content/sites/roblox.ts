import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';

export const robloxRule: SiteRule = {
  id: 'roblox',
  hosts: SITE_HOSTS.roblox,
  pages: {
    profile: {
      test: (url) => /^\/users\/\d+\/profile\/?$/.test(url.pathname),
      examples: ['https://www.roblox.com/users/2385555237/profile', 'https://www.roblox.com/users/1/profile'],
    },
    friends: {
      test: (url) => /^\/(?:users\/(?:\d+\/)?)?friends\/?$/.test(url.pathname),
      examples: ['https://www.roblox.com/users/friends#!/friend-requests', 'https://www.roblox.com/users/friends', 'https://www.roblox.com/friends'],
    },
    search: {
      test: (url) => /^\/search\/users\/?$/.test(url.pathname),
      examples: ['https://www.roblox.com/search/users?keyword=builder'],
    },
  },
  connect: [
    {
      attr: { name: 'id', pattern: /^(?:friend-button|user-profile-header-AddFriend)$/ },
      on: ['profile'],
      source: 'robalyx/rotector-extension ProfilePageManager.svelte #friend-button (2025-10); src/lib/controllers/selectors/profile.ts #user-profile-header-AddFriend (2026-04)',
    },
    {
      // Roblox renamed Friends to Connections (2025): the profile button reads "Add Connection", or "Add".
      labels: ['add connection', 'add'],
      within: '#treatment-redesigned-header, .user-profile-header',
      on: ['profile'],
      source: 'robalyx/rotector-extension ProfilePageManager.svelte REDESIGNED_FRIEND_BUTTON button.foundation-web-button, text "add" / "add connection" (2025-10)',
    },
    {
      labels: ['add', 'add connection'],
      within: 'li.player-item.avatar-card',
      on: ['search'],
      source: 'robalyx/rotector-extension src/lib/controllers/selectors/search.ts FRIEND_BUTTON .btn-control-md in li.player-item.avatar-card, text "add" (2026)',
    },
    {
      attr: { name: 'id', pattern: /^accept-fr-btn$/ },
      source: 'Biack1st/Rogold-features-for-free all.js, quoted notification stream markup (Oct 2021)',
    },
    {
      labels: ['accept'],
      within: '.notification-action-container',
      source: 'Biack1st/Rogold-features-for-free all.js, quoted notification stream markup (Oct 2021)',
    },
    {
      labels: ['accept'],
      on: ['friends'],
      source: 'Redacted-PixDev/PD-001 content.js (matches /friends*, /users/friends*) auto-accepts buttons whose text is "accept" (2025-10)',
    },
  ],
  ignore: [
    {
      attr: { name: 'id', pattern: /^(?:ignore-fr-btn|chat-btn|view-all-btn|block-button)$/ },
      source: 'Biack1st/Rogold-features-for-free all.js (2021); robalyx/rotector-extension #block-button (2025)',
    },
    {
      labels: ['ignore', 'chat', 'view all', 'unfriend'],
      source: 'Biack1st/Rogold-features-for-free all.js Ignore/Chat/View All (2021); beak2825/greasyfork_archives js_greasyfork/541938.js "Unfriend" on /users/friends (2025)',
    },
  ],
  profilePath: /^\/users\/\d+\/profile\/?$/,
  evidence: [
    'github.com/Biack1st/Rogold-features-for-free all.js: commented copy of Roblox notification-stream markup (friend request card dated Oct 25, 2021): button#ignore-fr-btn "Ignore", button#accept-fr-btn "Accept", button#chat-btn "Chat", a#view-all-btn "View All" to /users/friends#!/friend-requests',
    'github.com/robalyx/rotector-extension (Roblox safety extension): ProfilePageManager.svelte at commit 7d44b36 (2025-10-19) intercepts #friend-button (legacy header #default-legacy-header) and, on #treatment-redesigned-header, button.foundation-web-button whose text is "add" or contains "add connection"; #block-button in .profile-header-dropdown',
    'github.com/robalyx/rotector-extension src/lib/controllers/selectors/profile.ts (2026): .user-profile-header, #user-profile-header-AddFriend; search.ts: ul.search-result.avatar-cards > li.player-item.avatar-card, FRIEND_BUTTON .btn-control-md, .mobile-card-btn with text "add"',
    'github.com/beak2825/greasyfork_archives js_greasyfork/541938.js "Roblox Auto Unfriend" (2025): buttons with text "Unfriend" on https://www.roblox.com/users/friends*',
    'github.com/Redacted-PixDev/PD-001 content.js "Roblox Auto Friend Accepter": friend requests page buttons whose text includes "accept"',
    'Not found: real markup of the pending state of the profile button, or localized labels',
  ],
};
