/**
 * The sites Safe Nudge knows: each site's stable id (its rule is content/sites/<id>.ts), the
 * name a parent sees, and the host names it covers. The manifest's match patterns, the rules'
 * hosts, the parents' site list and the weekly counts all read this one table, and none of
 * them needs the rules to do so. Exact hosts, or a suffix wildcard ("*.pinterest.com").
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

/** The name a parent sees for each site (options page, weekly counts, docs/coverage.md). */
export const SITE_NAMES: Readonly<Record<SiteId, string>> = {
  facebook: 'Facebook',
  messenger: 'Messenger',
  instagram: 'Instagram',
  threads: 'Threads',
  tiktok: 'TikTok',
  snapchat: 'Snapchat',
  x: 'X (Twitter)',
  discord: 'Discord',
  roblox: 'Roblox',
  reddit: 'Reddit',
  twitch: 'Twitch',
  whatsapp: 'WhatsApp Web',
  telegram: 'Telegram Web',
  pinterest: 'Pinterest',
  tumblr: 'Tumblr',
  bluesky: 'Bluesky',
  steam: 'Steam Community',
  vk: 'VK',
  linkedin: 'LinkedIn',
};

/** Every site id, in the order parents see them. */
export const SITE_IDS = Object.keys(SITE_HOSTS) as SiteId[];

export const isSiteId = (id: string): id is SiteId => Object.prototype.hasOwnProperty.call(SITE_HOSTS, id);

/** A match pattern per host: https only, any path. */
export const matchesOf = (hosts: readonly string[]): string[] => hosts.map((host) => `https://${host}/*`);

/** The manifest's host permissions and content-script matches: every known site's hosts. */
export const SOCIAL_MATCHES: string[] = [...new Set(Object.values(SITE_HOSTS).flatMap(matchesOf))];
