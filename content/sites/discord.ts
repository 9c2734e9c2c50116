import type { SiteRule } from './types';

export const discordRule: SiteRule = {
  id: 'discord',
  name: 'Discord',
  hosts: ['discord.com', 'ptb.discord.com', 'canary.discord.com'],
  evidence: [],
};
