/**
 * Slate, as Discord's message box uses it: the site's own onKeyDown sends on Enter (Shift+Enter
 * is a new line) and the send action reads the document's text.
 */
import { createElement, useEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Editor, Node, Transforms, type Descendant } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { withHistory } from 'slate-history';
import { chatShell } from './shell';

const shell = chatShell('Slate');
const empty = (): Descendant[] => [{ children: [{ text: '' }] } as unknown as Descendant];

function Composer() {
  const editor = useMemo(() => withHistory(withReact(createEditor())), []);
  const send = () => {
    shell.send(editor.children.map((node) => Node.string(node)).join('\n'));
    Transforms.delete(editor, { at: { anchor: Editor.start(editor, []), focus: Editor.end(editor, []) } });
  };
  useEffect(() => shell.onSendButton(send), []);
  const editable = createElement(Editable, {
      'aria-label': 'Message #general',
      role: 'textbox',
      placeholder: 'Message #general',
      onKeyDown: (event: KeyboardEvent & { preventDefault(): void }) => {
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          send();
        }
      },
    } as never);
  return createElement(Slate, { editor, initialValue: empty(), children: editable });
}

createRoot(shell.composer).render(createElement(Composer));
window.__chat.ready = true;
