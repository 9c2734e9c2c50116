import type { ChatRule } from './types';

const AIRMINAL = 'github.com/simonpiekarz/airminal-extension platforms/messenger.js (2026-02)';

export const messengerChat: ChatRule = {
  site: 'messenger',
  composer: [{ selector: '[role="textbox"][contenteditable="true"]', source: AIRMINAL }],
  send: [
    { selector: '[aria-label="Press enter to send"]', source: AIRMINAL },
    { selector: '[aria-label="Send"]', source: AIRMINAL },
    { selector: '[data-testid="send-button"]', source: AIRMINAL },
  ],
  messages: [{ selector: '[role="main"]', source: `${AIRMINAL}: chatPanel` }],
  incoming: [{ selector: '[data-testid="incoming_group"]', source: `${AIRMINAL}: messageRow` }],
  text: [{ selector: 'div[dir="auto"]', source: AIRMINAL }],
  conversation: { pattern: /^\/(?:e2ee\/)?t\/\d+\/?$/, examples: ['https://www.messenger.com/t/1234', 'https://www.messenger.com/e2ee/t/1234'] },
  evidence: [
    `${AIRMINAL}: chatPanel [role="main"], messageRow [data-testid="incoming_group"] / [data-testid="message-container"], text div[dir="auto"], composer [role="textbox"][contenteditable="true"], send [data-testid="send-button"] / [aria-label="Send"] / [aria-label="Press enter to send"]`,
  ],
};
