/**
 * The private channel between the page-world file-picker helper and the isolated-world script.
 * Both run at document_start, before any page script. The page-world side makes a random key
 * and offers it then (on <html>, for the length of one synchronous event); the isolated side
 * takes it and says so, after which the offer is never repeated. The hand-over events carry the
 * key in their names, so a page script, which arrives later and never sees the key, cannot
 * forge one. Whichever of the two scripts runs first, the isolated side ends up with the key:
 * it asks for it again if it missed the first offer.
 */
export const KEY_OFFER = 'safe-nudge-key';
export const KEY_ASK = 'safe-nudge-key-ask';
export const KEY_TAKEN = 'safe-nudge-key-taken';
export const KEY_ATTRIBUTE = 'data-safe-nudge-key';
export const KEY_PATTERN = /^[0-9a-f]{32}$/;

export const HANDOFF_TYPES = ['input', 'change'] as const;
export type HandoffType = (typeof HANDOFF_TYPES)[number];

/** The name of the hand-over event for an input's `input` or `change`. */
export const handoffEvent = (key: string, type: HandoffType): string => `safe-nudge-held-${type}-${key}`;
