import type { SiteRule } from './types';

export const telegramRule: SiteRule = {
  id: 'telegram',
  name: 'Telegram Web',
  hosts: ['web.telegram.org'],
  evidence: [],
};
