import type { ChatRule } from './types';

const SELECTORS_2025 = 'code-index id 14188797831: a Twitch chat assistant\'s selector lists (repository name not exposed)';
const BTTV = 'code-index id 44534270136: copy of github.com/night/betterttv src/utils/twitch.js 7.4.36';

export const twitchChat: ChatRule = {
  site: 'twitch',
  composer: [
    { selector: '[data-a-target="chat-input"]', source: `${BTTV}: textarea and div[data-a-target="chat-input"]` },
  ],
  send: [{ selector: 'button[data-a-target="chat-send-button"]', source: `${SELECTORS_2025}; ${BTTV}` }],
  messages: [{ selector: '[data-test-selector="chat-scrollable-area__message-container"]', source: SELECTORS_2025 }],
  // Twitch chat is a room: every line is someone else's except the child's own, which the
  // list does not mark; a child's own line is never a warning sign.
  incoming: [{ selector: '[data-a-target="chat-line-message"]', source: SELECTORS_2025 }],
  text: [{ selector: '[data-a-target="chat-message-text"]', source: 'code-index id 24219115849: Twitch puppeteer bot selectors' }],
  conversation: { pattern: /^\/(?!directory|settings|videos)[a-z0-9_]{3,25}\/?$/i, examples: ['https://www.twitch.tv/somechannel'] },
  evidence: [
    `${SELECTORS_2025}: chatContainer [data-test-selector="chat-scrollable-area__message-container"], sendButton button[data-a-target="chat-send-button"], messageItem [data-a-target="chat-line-message"]`,
    `${BTTV}: TWITCH_SEND_BUTTON button[data-a-target="chat-send-button"], chat input textarea[data-a-target="chat-input"] or div[data-a-target="chat-input"]`,
    'Held apart for testing: code-index id 1616014505 (a Twitch "kickboard" script): div.chat-input textarea[data-a-target="chat-input"], button[data-a-target="chat-send-button"]',
  ],
};
