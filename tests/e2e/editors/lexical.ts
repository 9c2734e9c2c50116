/**
 * Lexical, as Facebook, Messenger and Instagram's message boxes use it: Enter is Lexical's
 * KEY_ENTER_COMMAND, which the site handles to send (Shift+Enter is a new line).
 */
import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, createEditor } from 'lexical';
import { registerPlainText } from '@lexical/plain-text';
import { chatShell } from './shell';

const shell = chatShell('Lexical');
const root = document.createElement('div');
root.contentEditable = 'true';
root.setAttribute('role', 'textbox');
root.setAttribute('aria-label', 'Message');
root.setAttribute('data-lexical-editor', 'true');
shell.composer.append(root);

const editor = createEditor({ namespace: 'chat', onError: (error) => console.error(error) });
editor.setRootElement(root);
registerPlainText(editor);

const send = () => {
  const text = editor.getEditorState().read(() => $getRoot().getTextContent());
  shell.send(text);
  editor.update(() => {
    $getRoot().clear().append($createParagraphNode());
  });
};
editor.registerCommand<KeyboardEvent | null>(
  KEY_ENTER_COMMAND,
  (event) => {
    if (event?.shiftKey) return false;
    event?.preventDefault();
    send();
    return true;
  },
  COMMAND_PRIORITY_HIGH,
);
shell.onSendButton(send);
window.__chat.ready = true;
