/**
 * Where a site's chat lives (issue 12): the message box the child types in, the control that
 * sends, the list the site shows a conversation's messages in, and which of those messages came
 * from the other person. Data, one file per site (named after the site rule's id), each
 * alternative with the public source it comes from; pure functions in ../find.ts read them.
 */
export interface ChatAlternative {
  /** A CSS selector, as the source states it. */
  selector: string;
  /** Repository and file (or page) and year. */
  source: string;
}

export interface ChatRule {
  /** The site rule id (content/sites/<id>.ts). */
  site: string;
  /** The message box: an element the Enter comes from, or that holds it. */
  composer: ChatAlternative[];
  /** The site's own send control; absent when the site sends on Enter only (Discord). */
  send?: ChatAlternative[];
  /** The message list of the open conversation: the only part of the page ever observed. */
  messages: ChatAlternative[];
  /** One message from the other person (inside the list). */
  incoming: ChatAlternative[];
  /** One message of the child's own, when the site marks them (never read). */
  outgoing?: ChatAlternative[];
  /** Where an incoming message's words are, inside it; default: the whole message. */
  text?: ChatAlternative[];
  /** Path test of an open conversation (URL pathname or hash); no observer elsewhere. */
  conversation: { pattern: RegExp; examples: string[] };
  evidence: string[];
}
