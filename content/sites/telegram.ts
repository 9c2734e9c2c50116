import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';

export const telegramRule: SiteRule = {
  id: 'telegram',
  hosts: SITE_HOSTS.telegram,
  // Telegram Web has no friend or follow request. Joining a group or channel is not connecting with a person,
  // so "Join Group" / "Join Channel" are ignored. Adding a contact ("Add to contacts") was not found in real markup.
  connect: [],
  ignore: [
    {
      labels: ['join group', 'join channel', 'join'],
      source: 'EduardMokhorev/Selenium-TelegramJoinGroups TelegramJoinGroups/main.py //*[text()="Join Group"], //*[text()="Join Channel"] (2022)',
    },
  ],
  evidence: [
    'github.com/EduardMokhorev/Selenium-TelegramJoinGroups TelegramJoinGroups/main.py (2022-04..06): opens a t.me link, clicks //*[text()="Open in Web"], then on web.telegram.org clicks //*[text()="Join Group"] (or finds "Join Channel"); the first version typed into #telegram-search-input',
    'Not found: real markup of Telegram Web\'s "Add to contacts" / "ADD" control or of its photo-attach file input; no Telegram upload fixture is given',
  ],
};
