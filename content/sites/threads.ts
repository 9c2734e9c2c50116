import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';

export const threadsRule: SiteRule = {
  id: 'threads',
  hosts: SITE_HOSTS.threads,
  pages: {
    profile: {
      test: (u) => /^\/@[A-Za-z0-9_.]{1,30}\/?$/.test(u.pathname),
      examples: ['https://www.threads.net/@zuck', 'https://www.threads.com/@zuck'],
    },
    activity: {
      test: (u) => /^\/activity\/?$/.test(u.pathname),
      examples: ['https://www.threads.net/activity'],
    },
  },
  // Threads' follow control is labelled "Follow" (generic list, with "seguir" etc.); no Threads-only label was found.
  ignore: [
    {
      labels: ['following', 'siguiendo', 'like', 'unlike', 'reply', 'repost', 'share'],
      source:
        'Megazerra/bot_automation locales/src/es.json (2025): following = "siguiendo"; IsaiahDupree/Safari_Automations docs/platforms/threads.md, THREADS_AUTOMATION_COMPLETE.md (2026): svg aria-label Like/Unlike/Reply/Repost/Share in div[role=button]',
    },
  ],
  profilePath: /^\/@[A-Za-z0-9_.]{1,30}\/?$/,
  evidence: [
    'github.com/IsaiahDupree/Safari_Automations docs/platforms/threads.md (2026-01): profile https://www.threads.net/@{username}, post /@{username}/post/{postId}, /activity; follow button div[role="button"]:has-text("Follow"), fallback button:has-text("Follow")',
    'github.com/IsaiahDupree/Safari_Automations docs/THREADS_AUTOMATION_COMPLETE.md (2026): action svgs Like/Unlike/Reply/Repost/Share clicked via closest [role="button"]',
    'github.com/Megazerra/bot_automation actions/follow.py, locales/src/es.json (2025-03): follow by text "seguir", state "siguiendo" on https://www.threads.net/@{user}',
  ],
};
