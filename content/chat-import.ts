/**
 * Where the chat check file is, and the one import() that loads it from the extension into
 * this isolated world. Alone in its module (like reminder-import.ts) so unit tests can put the
 * same check from their own module graph in its place without a hook in the product.
 */
import type { ChatCheck } from './chat-loader';
import { importFromExtension } from './lazy-module';

/** Where the build puts it (build/content-bundles.ts) and lists it as web-accessible. */
export const CHAT_CHECK_FILE = 'content-scripts/chat-check.js';

/** The check; an error (the send goes through unchecked) if it cannot be loaded. */
export const importChatCheck = (): Promise<ChatCheck> => importFromExtension(CHAT_CHECK_FILE, 'chat');
