import type { ChatRule } from './types';

const AIRMINAL = 'github.com/simonpiekarz/airminal-extension platforms/telegram.js (2026-02)';
const TWEB_DOC = 'code-index id 11941896686: selector notes written from saved web.telegram.org/k pages (2024-11-15, repository name not exposed)';

export const telegramChat: ChatRule = {
  site: 'telegram',
  composer: [
    { selector: '.input-message-input[contenteditable="true"]:not(.input-field-input-fake)', source: `${TWEB_DOC}; ${AIRMINAL}` },
    { selector: '#editable-message-text', source: `${AIRMINAL} (Telegram Web A)` },
  ],
  send: [
    { selector: 'button.btn-send', source: TWEB_DOC },
    { selector: 'button.send-btn', source: AIRMINAL },
    { selector: '.Button.send', source: `${AIRMINAL} (Telegram Web A)` },
  ],
  messages: [
    { selector: '#column-center .chat', source: `${AIRMINAL}: chatPanel` },
    { selector: '#MiddleColumn', source: `${AIRMINAL}: chatPanel (Telegram Web A)` },
  ],
  incoming: [{ selector: '[data-mid]:not(.is-out):not(.own)', source: `${AIRMINAL}: messageRow [data-mid], outgoing .is-out / .own` }],
  outgoing: [{ selector: '.is-out', source: AIRMINAL }, { selector: '.own', source: AIRMINAL }],
  text: [{ selector: '.text-content', source: AIRMINAL }, { selector: '.message-text', source: AIRMINAL }],
  conversation: { pattern: /^\/[ka]\/?$/, examples: ['https://web.telegram.org/k/#-1881876712', 'https://web.telegram.org/a/#123456'] },
  evidence: [
    `${TWEB_DOC}: div.input-message-input.scrollable.scrollable-y.no-scrollbar[contenteditable="true"][dir="auto"][tabindex="-1"][data-peer-id], a fake twin with .input-field-input-fake, button.btn-icon.rp.btn-circle.btn-send.animated-button-icon.send[tabindex="-1"], div.chat.tabs-tab.active[data-type="chat"]`,
    `${AIRMINAL}: chatPanel #column-center .chat / #MiddleColumn, messageRow .message / [data-mid], outgoing .is-out / .own, text .text-content / .message-text, composer #editable-message-text / .input-message-input, send .send-btn / .Button.send`,
    'Held apart for testing: github.com/eduym17/SendScriptWhatsApp telegramSendScript.js: div.chat-input-main div.input-message-input, button.send',
  ],
};
