import type { SiteRule } from './types';

export const xRule: SiteRule = {
  id: 'x',
  name: 'X (Twitter)',
  hosts: ['x.com', 'twitter.com', 'mobile.twitter.com', 'mobile.x.com'],
  evidence: [],
};
