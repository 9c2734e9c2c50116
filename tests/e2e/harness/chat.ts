/**
 * The chat fixtures (tests/fixtures/chat, served at their sites' real addresses) as the send
 * tests use them in Chromium (chat-sends.e2e.ts) and Firefox (firefox/chat.firefox.e2e.ts):
 * each gets a stand-in for the site's own send code, and the messages the tests type.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerUrl } from './fixtures.ts';
import { ROOT } from './paths.ts';

const DIR = join(ROOT, 'tests/fixtures/chat');

export const PHONE = 'call me on 07700 900461 after school';
export const ADDRESS = 'I live at 14 Elm Road, Leeds LS6 2AB';
export const ORDINARY = ['gg that was so close', 'see you at practice tomorrow', 'lol ok 2 mins'];

/**
 * The site's own send code, as a stand-in: our words, not the site's. Enter (without Shift) in
 * the message box or a click on the send control sends its words once and empties it.
 */
export const SITE_SEND = `<script>
window.__sent = [];
const box = () => document.querySelector('[data-sn-chat="composer"]');
const words = (el) => (el instanceof HTMLTextAreaElement ? el.value : el.innerText).trim();
function send() {
  const el = box();
  if (!words(el)) return;
  window.__sent.push(words(el));
  if (el instanceof HTMLTextAreaElement) el.value = ''; else el.textContent = '';
}
document.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey && box().contains(e.target)) { e.preventDefault(); send(); }
});
document.addEventListener('click', (e) => { if (e.target.closest('[data-sn-chat="send"]')) send(); });
document.addEventListener('submit', (e) => e.preventDefault());
</script>`;

export interface ChatFixture { name: string; url: string; html: string; hasSend: boolean }

/** A send control with something to click: an empty div or span (Messenger's source shows one) has no size; a button has. */
const hasClickableSend = (html: string) => /data-sn-chat="send"/.test(html) && !/<(div|span)[^>]*data-sn-chat="send"[^>]*><\/\1>/.test(html);

/** Fixtures whose message box takes typing (a source that shows no contenteditable cannot be typed in). */
export function chatFixtures(): ChatFixture[] {
  return readdirSync(DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(join(DIR, entry.name)).filter((file) => file.endsWith('.html')).map((file) => join(entry.name, file)))
    .sort()
    .map((name) => {
      const html = readFileSync(join(DIR, name), 'utf8');
      return { name, url: headerUrl(html, name), html: html + SITE_SEND, hasSend: hasClickableSend(html) };
    })
    .filter(({ html }) => /<(?:textarea[^>]*|[^>]*contenteditable="true"[^>]*) data-sn-chat="composer"/.test(html));
}
