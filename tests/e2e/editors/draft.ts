/**
 * Draft.js, as X (Twitter) and TikTok web use it for DMs: `handleReturn` sends on Enter (Shift+Enter
 * is a new line), the send button sends the same way. Draft reads the key from `e.which`.
 */
import { createElement, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState, type DraftHandleValue } from 'draft-js';
import { chatShell } from './shell';

const shell = chatShell('Draft.js');

function Composer() {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const send = (): DraftHandleValue => {
    shell.send(state.getCurrentContent().getPlainText());
    setState(EditorState.moveFocusToEnd(EditorState.createEmpty()));
    return 'handled';
  };
  const latest = useRef(send);
  latest.current = send;
  useEffect(() => shell.onSendButton(() => latest.current()), []);
  return createElement(Editor, {
    editorState: state,
    onChange: setState,
    placeholder: 'Start a new message',
    ariaLabel: 'Message',
    handleReturn: (event) => (event.shiftKey ? 'not-handled' : send()),
  });
}

createRoot(shell.composer).render(createElement(Composer));
window.__chat.ready = true;
