import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';

export const whatsappRule: SiteRule = {
  id: 'whatsapp',
  hosts: SITE_HOSTS.whatsapp,
  // WhatsApp Web has no friend or follow request: chats start from a phone number or an existing contact.
  // No connect control was found in real markup (see evidence); the generic list still applies.
  connect: [],
  ignore: [
    {
      labels: ['send', 'attach'],
      source: 'omar-bay/whatsapp_automate whatsapp_sender.py div[title="Attach"], span[data-icon="send"] (2022); src/main.py div[role="button"][aria-label="Send"] (2022)',
    },
  ],
  evidence: [
    'github.com/omar-bay/whatsapp_automate whatsapp_sender.py (2022-01): open a chat via span[title="<name>"], click div[title="Attach"], send a file to input[accept="image/*,video/mp4,video/3gpp,video/quicktime"] (the photo/video input), then click span[data-icon="send"]',
    'github.com/omar-bay/whatsapp_automate src/main.py (2022-01): div[role="button"][title="Attach"], document input input[type="file"][accept="*"], div[role="button"][aria-label="Send"]',
    'github.com/y-alkhateeb/nashawy_group_whatsappsender whatsapp/whatsapp_bot.py (2020-11): the same div[title="Attach"] and input[accept="image/*,video/mp4,video/3gpp,video/quicktime"]',
    'Not found: real markup for "Add contact", "Add to contacts" or the Channels "Follow" button on WhatsApp Web; nothing WhatsApp-specific is nudged for connect',
  ],
};
