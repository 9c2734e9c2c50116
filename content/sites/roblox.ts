import type { SiteRule } from './types';

export const robloxRule: SiteRule = {
  id: 'roblox',
  name: 'Roblox',
  hosts: ['www.roblox.com'],
  evidence: [],
};
