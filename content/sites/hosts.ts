/**
 * The host names each site rule covers, by rule id: the one list both the rules (`hosts`) and
 * the manifest's match patterns (matches.ts) read. Kept apart from the rules so the
 * manifest, and the tiny page-world script that only needs match patterns, never pull the
 * rules themselves into their bundle. Exact hosts, or a suffix wildcard ("*.pinterest.com").
 * tests/unit/site-hosts.test.ts checks every rule uses its entry here and nothing else.
 */
export const SITE_HOSTS = {
  facebook: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'mbasic.facebook.com'],
  messenger: ['www.messenger.com'],
  instagram: ['www.instagram.com'],
  threads: ['www.threads.net', 'www.threads.com'],
  tiktok: ['www.tiktok.com'],
  snapchat: ['web.snapchat.com', 'www.snapchat.com'],
  x: ['x.com', 'twitter.com', 'mobile.twitter.com', 'mobile.x.com'],
  discord: ['discord.com', 'ptb.discord.com', 'canary.discord.com'],
  roblox: ['www.roblox.com'],
  reddit: ['www.reddit.com', 'old.reddit.com', 'sh.reddit.com', 'new.reddit.com'],
  twitch: ['www.twitch.tv', 'm.twitch.tv'],
  whatsapp: ['web.whatsapp.com'],
  telegram: ['web.telegram.org'],
  pinterest: [
    'www.pinterest.com',
    '*.pinterest.com',
    'www.pinterest.co.uk',
    'www.pinterest.ca',
    'www.pinterest.com.au',
    'www.pinterest.fr',
    'www.pinterest.de',
    'www.pinterest.es',
  ],
  tumblr: ['www.tumblr.com'],
  bluesky: ['bsky.app'],
  steam: ['steamcommunity.com'],
  vk: ['vk.com', 'm.vk.com', 'vk.ru', 'm.vk.ru'],
  linkedin: ['www.linkedin.com'],
} satisfies Record<string, string[]>;

export type SiteId = keyof typeof SITE_HOSTS;
