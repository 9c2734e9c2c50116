/**
 * The editors chat sites build their message boxes with, and what we found when a held send is
 * delivered again by script (tests/e2e/chat-editors.e2e.ts checks every line of this table in
 * Chromium; scripts/coverage.mjs prints it in docs/coverage.md).
 *
 * - `enter`: a held Enter, replayed as a script-made keydown + keyup (content/hold/replay.ts),
 *   sends the message (`sends`) or is ignored (`ignored`: the editor reads the legacy `which` /
 *   `keyCode`, which a script-made KeyboardEvent cannot carry).
 * - `sendButton`: a held click on the site's send button, replayed as a script-made click.
 */
export interface EditorCase {
  id: string;
  library: string;
  /** npm package and version the test page is built with. */
  packages: string;
  /** Sites whose message box is built with it (public sources in docs/coverage.md). */
  usedBy: string;
  /** Where the test page is served (a real host of a site that uses it). */
  url: string;
  enter: 'sends' | 'ignored';
  sendButton: 'sends';
}

export const EDITORS: readonly EditorCase[] = [
  { id: 'draft', library: 'Draft.js', packages: 'draft-js 0.11.7, react 18.3.1', usedBy: 'X (Twitter) DMs and posts; TikTok web comments and DMs', url: 'https://x.com/messages/123-456', enter: 'ignored', sendButton: 'sends' },
  { id: 'slate', library: 'Slate', packages: 'slate 0.146, slate-react 0.146, react 18.3.1', usedBy: 'Discord message box', url: 'https://discord.com/channels/@me/1048287921138040843', enter: 'sends', sendButton: 'sends' },
  { id: 'lexical', library: 'Lexical', packages: 'lexical 0.52, @lexical/plain-text 0.52', usedBy: 'Facebook, Messenger and Instagram message boxes', url: 'https://www.messenger.com/t/1234', enter: 'sends', sendButton: 'sends' },
  { id: 'textarea', library: 'textarea', packages: 'plain HTML', usedBy: 'Twitch chat, Reddit chat, Roblox chat', url: 'https://www.twitch.tv/somechannel', enter: 'sends', sendButton: 'sends' },
  { id: 'contenteditable', library: 'contenteditable div', packages: 'plain HTML', usedBy: 'WhatsApp Web and Telegram Web (older composers), many small sites', url: 'https://web.whatsapp.com/', enter: 'sends', sendButton: 'sends' },
];
