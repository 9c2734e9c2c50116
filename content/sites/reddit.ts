import type { SiteRule } from './types';

export const redditRule: SiteRule = {
  id: 'reddit',
  name: 'Reddit',
  hosts: ['www.reddit.com', 'old.reddit.com', 'sh.reddit.com'],
  evidence: [],
};
