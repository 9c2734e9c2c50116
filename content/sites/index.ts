/** The registry of site rules: one file per site, named after its id. */
import type { SiteRule } from './types';
import { facebookRule } from './facebook';
import { messengerRule } from './messenger';
import { instagramRule } from './instagram';
import { threadsRule } from './threads';
import { tiktokRule } from './tiktok';
import { snapchatRule } from './snapchat';
import { xRule } from './x';
import { discordRule } from './discord';
import { robloxRule } from './roblox';
import { redditRule } from './reddit';
import { twitchRule } from './twitch';
import { whatsappRule } from './whatsapp';
import { telegramRule } from './telegram';
import { pinterestRule } from './pinterest';
import { tumblrRule } from './tumblr';
import { blueskyRule } from './bluesky';
import { steamRule } from './steam';
import { vkRule } from './vk';
import { linkedinRule } from './linkedin';

export const SITE_RULES: readonly SiteRule[] = [
  facebookRule,
  messengerRule,
  instagramRule,
  threadsRule,
  tiktokRule,
  snapchatRule,
  xRule,
  discordRule,
  robloxRule,
  redditRule,
  twitchRule,
  whatsappRule,
  telegramRule,
  pinterestRule,
  tumblrRule,
  blueskyRule,
  steamRule,
  vkRule,
  linkedinRule,
];
