import type { SiteRule } from './types';
import { SITE_HOSTS } from '../../vocabulary/sites';

export const tiktokRule: SiteRule = {
  id: 'tiktok',
  hosts: SITE_HOSTS.tiktok,
  pages: {
    profile: {
      test: (u) => /^\/@[A-Za-z0-9_.]{2,24}\/?$/.test(u.pathname),
      examples: ['https://www.tiktok.com/@tiktok'],
    },
    following: {
      test: (u) => /^\/following\/?$/.test(u.pathname),
      examples: ['https://www.tiktok.com/following'],
    },
  },
  connect: [
    {
      // The inbox's "Follow back" button; its test id names the action, whatever the UI language.
      attr: { name: 'data-e2e', pattern: /^follow-back$/ },
      source: 'IsaiahDupree/Safari_Automations docs/selectors/TIKTOK_FULL_SELECTORS.md (2026-01): data-e2e "follow-back" = Follow back button in the inbox followers tab',
    },
  ],
  // data-e2e="follow-button" is NOT used as a signal: it stays on the button after it turns into "Following".
  ignore: [
    {
      labels: ['following', 'friends', 'message'],
      source:
        'IsaiahDupree/Safari_Automations (2026): nav-following / nav-friends items, [data-e2e="message-button"]; code-index id 30280662245 (TikTok unfollow tool, repository not exposed): button[data-e2e="follow-button"] with text "Following"',
    },
    {
      attr: { name: 'data-e2e', pattern: /^(?:message-button|like-icon|nav-following|nav-friends)$/ },
      source: 'IsaiahDupree/Safari_Automations (2026): message-button, nav-following, nav-friends; 256cub/AMF networks/tiktok.js (2022): span[data-e2e="like-icon"]',
    },
  ],
  profilePath: /^\/@[A-Za-z0-9_.]{2,24}\/?$/,
  evidence: [
    'github.com/IsaiahDupree/Safari_Automations docs/selectors/TIKTOK_SELECTORS_REFERENCE.md, TIKTOK_FULL_SELECTORS.md, TIKTOK_AUTOMATION_COMPLETE.md (2026): [data-e2e="follow-button"], [data-e2e="message-button"], data-e2e "follow-back", nav-following, nav-friends',
    'github.com/256cub/AMF networks/tiktok.js (2022): <button> textContent "Follow"; span[data-e2e="like-icon"]',
    'github.com/frxangelz/addmefast tiktok.js (2021): button.follow-button, text "Follow"',
    'code-index id 30280662245 (TikTok following-list unfollow tool, repository not exposed): button[data-e2e="follow-button"] reads "Following" once followed',
    'code-index id 31254769 (Electron TikTok helper, repository not exposed): followed state of button[data-e2e="follow-button"] told apart only by class TUXButton--primary',
  ],
};
