import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';

export const vkRule: SiteRule = {
  id: 'vk',
  hosts: SITE_HOSTS.vk,
  pages: {
    friends: {
      test: (u) => u.pathname === '/friends',
      examples: ['https://m.vk.com/friends?section=requests', 'https://vk.com/friends?id=1&section=all'],
    },
    profile: {
      test: (u) => /^\/id\d+\/?$/.test(u.pathname),
      examples: ['https://m.vk.com/id222528645', 'https://vk.com/id1'],
    },
  },
  connect: [
    {
      attr: { name: 'href', pattern: /(^|\/)friends\?(.*&)?act=accept(&|$)/ },
      source:
        'm.vk.com /friends?act=accept&id=…&hash=…&from=profile|requests (code-index ids 38730627971, 43388676599, 8969446348; c. 2015–2022)',
    },
  ],
  ignore: [
    {
      attr: { name: 'href', pattern: /(^|\/)friends\?(.*&)?act=decline(&|$)/ },
      source: 'm.vk.com keep-as-follower /friends?act=decline&… (code-index ids 43388676599, 8969446348; c. 2018–2022)',
    },
    {
      attr: { name: 'data-task-click', pattern: /^ProfileAction\/(toggle_subscription|toggle_live_subscription|toggle_fave|toggle_feed_ignored|abuse)$/ },
      source: 'github.com/ilya2005g/VK-RAD alpha.user.js (2023-09): profile action cells',
    },
    {
      labels: [
        'личное сообщение',
        'позвонить',
        'уведомлять о записях',
        'не уведомлять о записях',
        'у вас в друзьях',
      ],
      source:
        'm.vk.com profile markup in code-index id 38730627971 («Личное сообщение»); github.com/ilya2005g/VK-RAD (2023) call button and subscription-state labels',
    },
  ],
  profilePath:
    /^\/(?!(?:feed|im|friends|groups|search|settings|video|videos|music|audio|audios|apps|games|market|photos|albums|wall|write|edit|docs|bugs|support|away\.php)(?:[\d/]|$))(?:id\d+|[a-z][a-z0-9_.]{1,31})\/?$/i,
  evidence: [
    'code-index file id 38730627971: saved m.vk.com profile markup quoted in a PHP scraper comment (c. 2013–2016; repository name not exposed)',
    'code-index file id 43388676599: Python m.vk.com bot, act=accept / act=decline request links (c. 2020–2022)',
    'code-index file id 8969446348: PHP VK bot comment with m.vk.com accept/decline URLs (c. 2018)',
    'github.com/ilya2005g/VK-RAD style.css and alpha.user.js (2023-09)',
    '«Добавить в друзья» (code-index file id 38730627971, c. 2013–2016; VK-RAD style.css, 2023): caught by the generic Russian labels, so no rule of its own',
  ],
};
