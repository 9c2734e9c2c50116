/**
 * The chat check (content/chat/check.ts) is a separate file in the extension, loaded into this
 * isolated world with import() the first time a key is typed in something editable on a chat
 * site, or when an open conversation is shown (its warning-sign watch, content/chat/watch.ts),
 * like the reminder UI (reminder-loader.ts). It holds the phone-number library, every
 * language's patterns and the reading of the chat rule, which nudge.js's size budget cannot.
 *
 * At the send, the check answers in the same task as the Enter or the click. If it has not
 * arrived yet (words pasted with the mouse and sent at once), content/chat/sends.ts holds an
 * Enter whose words may carry details until it has, and then checks it; a lost message is
 * worse than a missed reminder, so if it cannot load the Enter is sent as it was.
 */
import type { PersonalCategory } from '../chat/types';
import type { FamilyDetail } from '../chat/personal/family';
import type { PersonalSubject } from '../vocabulary/protected-details';
import type { ConversationSigns } from '../chat/signs/conversation';
import type { ChatRule } from './chat/sites/types';
import type { intercept } from './hold/held';
import type { Decide } from './chat/watch';
import { importChatCheck } from './chat-import';
import { lazyModule } from './lazy-module';

export interface ChatCheck {
  /** Personal details in a message the child is about to send (categories only). */
  personalIn(text: string, context: { region: string | null; family: readonly FamilyDetail[] }): PersonalCategory[];
  /** A reader of one open conversation's incoming messages. */
  conversation(): ConversationSigns;
  /** Watches this page's open conversations for warning signs (content/chat/watch.ts); once. */
  watchSigns(rule: ChatRule, site: string, decide: Decide): void;
  /**
   * A send (a trusted Enter in the site's message box, or click on its send control; `path` read
   * during its dispatch) with what its message has in it, and how to send it again; null when
   * the event is not a send (content/chat/send-of.ts).
   */
  sendOf(event: KeyboardEvent | MouseEvent, path: EventTarget[], rule: ChatRule, region: string | null): Send | null;
  /**
   * Holds the send when its message has personal details (true); else how to send it as it
   * was, or null when the event is not a send. Synchronous, in the event's own dispatch
   * (content/chat/send-of.ts).
   */
  holdSend(event: KeyboardEvent | MouseEvent, path: EventTarget[], rule: ChatRule, site: string, page: SendHold): true | (() => void) | null;
}

/**
 * What the page script lends the check to hold a send: its one hold (content/hold/held.ts,
 * whose state lives in nudge.js) and the family's region as stored.
 */
export interface SendHold {
  intercept: typeof intercept;
  region(): string | null;
}

export interface Send {
  composer: Element;
  /** Personal details found, most telling first (the family's own first); empty when none. */
  seen: PersonalSubject[];
  /** Sends exactly this message once, as the child would have (content/chat/send-of.ts). */
  deliver(): void;
}

const chatCheck = lazyModule(importChatCheck);

/** The check if it is here already (then a send can be checked in its own task). */
export const loadedChat = chatCheck.loaded;

/** Start loading (on a key typed); resolves with the check, or null if it cannot load (a later key tries again). */
export const warmChat = (): Promise<ChatCheck | null> => chatCheck.load().catch(() => null);
