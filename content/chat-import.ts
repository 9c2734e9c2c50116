/**
 * Where the chat check file is, and the one import() that loads it from the extension into
 * this isolated world. Alone in its module (like reminder-import.ts) so unit tests can put the
 * same check from their own module graph in its place without a hook in the product.
 */
import type { ChatCheck } from './chat-loader';
import { ext } from './ext';

/** Where the build puts it (build/content-bundles.ts) and lists it as web-accessible. */
export const CHAT_CHECK_FILE = 'content-scripts/chat-check.js';

export async function importChatCheck(): Promise<ChatCheck> {
  const url = ext()?.runtime.getURL(CHAT_CHECK_FILE);
  // No runtime (an orphaned copy) or no check in the file: the send goes through unchecked.
  const module = (await import(/* @vite-ignore */ url!)) as { chat?: ChatCheck };
  if (!module.chat) throw Error();
  return module.chat;
}
