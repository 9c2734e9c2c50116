import type { ChatRule } from './types';

const AIRMINAL = 'github.com/simonpiekarz/airminal-extension platforms/whatsapp.js (2026-02)';

export const whatsappChat: ChatRule = {
  site: 'whatsapp',
  composer: [
    { selector: '#main footer [contenteditable="true"][data-tab="10"]', source: AIRMINAL },
    { selector: '#main footer [contenteditable="true"]', source: AIRMINAL },
  ],
  send: [
    { selector: '#main footer [data-icon="send"]', source: AIRMINAL },
    { selector: '#main footer [data-testid="send"]', source: AIRMINAL },
    { selector: '#main footer button[aria-label="Send"]', source: AIRMINAL },
  ],
  messages: [{ selector: '#main', source: `${AIRMINAL}: chatPanel` }],
  incoming: [{ selector: '.message-in', source: `${AIRMINAL}: messageIncoming` }],
  outgoing: [{ selector: '.message-out', source: `${AIRMINAL}: messageOutgoing` }],
  text: [
    { selector: '.copyable-text [class*="selectable-text"]', source: AIRMINAL },
    { selector: '.copyable-text span[dir]', source: AIRMINAL },
  ],
  // WhatsApp Web keeps one URL; an open conversation is #main existing.
  conversation: { pattern: /^\/$/, examples: ['https://web.whatsapp.com/'] },
  evidence: [
    `${AIRMINAL}: chatPanel #main, messageRow [data-id], .message-in / .message-out, text in .copyable-text, composer #main footer [contenteditable="true"][data-tab="10"], send [data-icon="send"] / [data-testid="send"] / button[aria-label="Send"]`,
    'Held apart for testing (not used to write this rule): github.com/cl3t0/whats-bot whatsappy.py and ashishkaul/python-scripting SendWhatsapp.py (c. 2019–2020): span[data-icon="send"], //footer//div/div[2]/div',
  ],
};
