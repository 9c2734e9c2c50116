import type { ChatRule } from './types';

const AIRMINAL = 'github.com/simonpiekarz/airminal-extension platforms/x_twitter.js (2026-02)';

export const xChat: ChatRule = {
  site: 'x',
  composer: [{ selector: '[data-testid="dmComposerTextInput"]', source: AIRMINAL }],
  send: [{ selector: '[data-testid="dmComposerSendButton"]', source: AIRMINAL }],
  messages: [{ selector: '[data-testid="DmActivityContainer"]', source: `${AIRMINAL}: chatPanel` }],
  incoming: [{ selector: '[data-testid="messageEntry"]', source: `${AIRMINAL}: messageRow (outgoing told apart only by layout)` }],
  text: [{ selector: '[data-testid="tweetText"]', source: AIRMINAL }],
  conversation: { pattern: /^\/messages\/[\d-]+\/?$/, examples: ['https://x.com/messages/123-456', 'https://twitter.com/messages/987654321'] },
  evidence: [
    `${AIRMINAL}: chatPanel [data-testid="DmActivityContainer"], messageRow [data-testid="messageEntry"], text [data-testid="tweetText"], composer [data-testid="dmComposerTextInput"], send [data-testid="dmComposerSendButton"]; own messages only by their blue bubble / right alignment`,
  ],
};
