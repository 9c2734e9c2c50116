import type { SiteRule } from './types';

export const whatsappRule: SiteRule = {
  id: 'whatsapp',
  name: 'WhatsApp Web',
  hosts: ['web.whatsapp.com'],
  evidence: [],
};
