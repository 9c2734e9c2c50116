/**
 * The chat check (content/chat/check.ts) is a separate file in the extension, loaded into this
 * isolated world with import() the first time a chat composer gets focus (or a conversation's
 * message list is read), like the reminder UI (reminder-loader.ts). It holds the phone-number
 * library and every language's patterns, which nudge.js's size budget cannot.
 *
 * At the send, the check must answer in the same task as the Enter or the click. If it has not
 * arrived yet (the child typed and sent within the few milliseconds after focusing), the send
 * is not checked: it goes through as if Safe Nudge were not there. Holding it while the module
 * loads would mean replaying an Enter some editors ignore (docs/coverage.md), and a lost
 * message is worse than a missed reminder. The focus that comes before any typing makes this
 * rare (see docs/performance.md).
 */
import type { PersonalCategory } from '../chat/types';
import type { FamilyDetail } from '../chat/personal/family';
import type { ConversationSigns } from '../chat/signs/conversation';
import { importChatCheck } from './chat-import';

export interface ChatCheck {
  /** Personal details in a message the child is about to send (categories only). */
  personalIn(text: string, context: { region: string | null; family: readonly FamilyDetail[] }): PersonalCategory[];
  /** A reader of one open conversation's incoming messages. */
  conversation(): ConversationSigns;
}

let loaded: ChatCheck | null = null;
let loading: Promise<ChatCheck> | null = null;

/** The check if it is here already (then a send can be checked in its own task). */
export function loadedChat(): ChatCheck | null {
  return loaded;
}

/** Start loading (on a composer's focus); resolves with the check, or null if it cannot load. */
export function warmChat(): Promise<ChatCheck | null> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= importChatCheck().then(
    (check) => (loaded = check),
    (error: unknown) => {
      loading = null; // a later focus may try again
      throw error;
    },
  );
  return loading.catch(() => null);
}
