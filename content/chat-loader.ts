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
import type { ChatRule } from './chat/sites/types';
import { importChatCheck } from './chat-import';

export interface ChatCheck {
  /** Personal details in a message the child is about to send (categories only). */
  personalIn(text: string, context: { region: string | null; family: readonly FamilyDetail[] }): PersonalCategory[];
  /** A reader of one open conversation's incoming messages. */
  conversation(): ConversationSigns;
  /**
   * A send (a trusted Enter in the site's message box, or click on its send control; `path` read
   * during its dispatch) with what its message has in it, and how to send it again; null when
   * the event is not a send (content/chat/send-of.ts).
   */
  sendOf(event: KeyboardEvent | MouseEvent, path: EventTarget[], rule: ChatRule, region: string | null): Send | null;
}

export interface Send {
  composer: Element;
  /** Personal details found, most telling first; empty when none. */
  seen: PersonalCategory[];
  /** Sends exactly this message once, as the child would have (content/chat/send-of.ts). */
  deliver(): void;
}

let loaded: ChatCheck | null = null;
let loading: Promise<ChatCheck | null> | null = null;

/** The check if it is here already (then a send can be checked in its own task). */
export const loadedChat = (): ChatCheck | null => loaded;

/** Start loading (on a focus); resolves with the check, or null if it cannot load (a later focus tries again). */
export function warmChat(): Promise<ChatCheck | null> {
  return (loading ??= importChatCheck().then(
    (check) => (loaded = check),
    () => (loading = null),
  ));
}
