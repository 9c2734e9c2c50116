import type { SiteRule } from './types';

export const twitchRule: SiteRule = {
  id: 'twitch',
  name: 'Twitch',
  hosts: ['www.twitch.tv', 'm.twitch.tv'],
  evidence: [],
};
