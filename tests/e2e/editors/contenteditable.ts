/**
 * A bare contenteditable div, as WhatsApp Web's and Telegram Web's older composers and many
 * small sites use: keydown Enter sends the div's text.
 */
import { chatShell } from './shell';

const shell = chatShell('contenteditable');
const box = document.createElement('div');
box.contentEditable = 'true';
box.setAttribute('role', 'textbox');
box.setAttribute('aria-label', 'Type a message');
box.style.minHeight = '2em';
shell.composer.append(box);
const send = () => {
  shell.send(box.innerText);
  box.textContent = '';
};
box.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    send();
  }
});
shell.onSendButton(send);
window.__chat.ready = true;
