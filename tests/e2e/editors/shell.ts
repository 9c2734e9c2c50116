/**
 * The chat page around each test editor: a composer, a send button and the list of sent
 * messages, wired the way chat sites wire them (Enter sends, Shift+Enter is a new line, the send
 * button sends; sending reads the editor's text, adds it to the list and empties the editor).
 * `window.__chat.sent` is what the "site" sent, in order, for the tests to read.
 */
export interface ChatShell {
  composer: HTMLElement;
  send(text: string): void;
  onSendButton(handler: () => void): void;
}

declare global {
  interface Window { __chat: { sent: string[]; ready: boolean } }
}

export function chatShell(editorName: string): ChatShell {
  window.__chat = { sent: [], ready: false };
  document.title = `${editorName} chat`;
  const main = document.createElement('main');
  main.innerHTML = `
    <ol id="messages" aria-label="Messages"></ol>
    <form id="chat-form" onsubmit="return false">
      <div id="composer"></div>
      <button type="button" id="send" aria-label="Send">Send</button>
    </form>`;
  document.body.append(main);
  const list = main.querySelector('#messages')!;
  return {
    composer: main.querySelector('#composer') as HTMLElement,
    send(text) {
      const message = text.trim();
      if (!message) return;
      window.__chat.sent.push(message);
      const item = document.createElement('li');
      item.textContent = message;
      list.append(item);
    },
    onSendButton(handler) {
      main.querySelector('#send')!.addEventListener('click', handler);
    },
  };
}
