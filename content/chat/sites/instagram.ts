import type { ChatRule } from './types';

const AIRMINAL = 'github.com/simonpiekarz/airminal-extension platforms/instagram.js (2026-02)';

export const instagramChat: ChatRule = {
  site: 'instagram',
  composer: [
    { selector: 'div[role="textbox"][contenteditable="true"]', source: AIRMINAL },
    { selector: 'div[aria-label*="Message"][contenteditable="true"]', source: AIRMINAL },
  ],
  send: [{ selector: 'button[type="submit"]', source: AIRMINAL }],
  messages: [{ selector: '[role="main"]', source: `${AIRMINAL}: chatPanel` }],
  incoming: [{ selector: 'div[role="row"]', source: `${AIRMINAL}: messageRow (outgoing told apart by layout or "You sent")` }],
  text: [{ selector: 'div[dir="auto"]', source: AIRMINAL }],
  conversation: { pattern: /^\/direct\/t\/\d+\/?$/, examples: ['https://www.instagram.com/direct/t/340282366841710300949128/'] },
  evidence: [
    `${AIRMINAL}: chatPanel main / [role="main"], messageRow div[role="row"], text div[dir="auto"], composer div[role="textbox"][contenteditable="true"], send button[type="submit"], thread URL /direct/t/<id>`,
  ],
};
