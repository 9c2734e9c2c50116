/** A plain textarea, as Twitch chat, Reddit chat and many comment boxes use: keydown Enter sends. */
import { chatShell } from './shell';

const shell = chatShell('textarea');
const box = document.createElement('textarea');
box.setAttribute('aria-label', 'Send a message');
box.rows = 2;
shell.composer.append(box);
const send = () => {
  shell.send(box.value);
  box.value = '';
};
box.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    send();
  }
});
shell.onSendButton(send);
window.__chat.ready = true;
