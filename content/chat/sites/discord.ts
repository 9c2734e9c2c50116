import type { ChatRule } from './types';

const AIRMINAL = 'github.com/simonpiekarz/airminal-extension platforms/discord.js (2026-02)';

export const discordChat: ChatRule = {
  site: 'discord',
  composer: [{ selector: '[role="textbox"][data-slate-editor="true"]', source: AIRMINAL }],
  // Discord sends on Enter only: "no send button" (the source).
  messages: [{ selector: '[data-list-id="chat-messages"]', source: `${AIRMINAL}: chatPanel` }],
  // Discord draws everyone's messages alike; whose is whose is the author's name. Every message
  // is read as incoming except the child's own, which the site marks nowhere in the list: the
  // check is run on new list items only, and a child's own message is never a warning sign.
  incoming: [{ selector: 'li[id^="chat-messages-"]', source: `${AIRMINAL}: messageRow` }],
  text: [{ selector: '[id^="message-content-"]', source: AIRMINAL }],
  conversation: { pattern: /^\/channels\/(?:@me|\d+)\/\d+\/?$/, examples: ['https://discord.com/channels/@me/1048287921138040843', 'https://discord.com/channels/1048287921138040843/1048287921138040844'] },
  evidence: [
    `${AIRMINAL}: chatPanel [data-list-id="chat-messages"], messageRow li[id^="chat-messages-"], text [id^="message-content-"], composer [role="textbox"][data-slate-editor="true"], "Discord sends on Enter, no send button"`,
    'Held apart for testing: github.com/oaustegard/bookmarklets discord_scraper.js: ol[data-list-id="chat-messages"] li[class*="messageListItem"] with id chat-messages-<channel>-<id>',
  ],
};
