/**
 * At most one warning-sign note per conversation per day. In memory first (so two messages in
 * the same moment make one note), then in storage as a salted hash (model/sign-notes.ts), so a
 * reload or a second tab does not show it again. If storage cannot be read the memory decides.
 */
import { dayOf } from '../../model/counts';
import { SIGN_NOTES_KEY, conversationHash, randomSalt, validSignNotes } from '../../model/sign-notes';
import { ext } from '../ext';

const shownHere = new Set<string>();

/** True once per site, conversation and day; false afterwards. */
export async function firstToday(site: string, conversation: string, now = new Date()): Promise<boolean> {
  const day = dayOf(now);
  const here = `${site}|${conversation}|${day}`;
  if (shownHere.has(here)) return false;
  shownHere.add(here);
  const api = ext();
  if (!api) return true;
  try {
    const stored = await api.storage.local.get([SIGN_NOTES_KEY]);
    const notes = validSignNotes(stored[SIGN_NOTES_KEY], day, randomSalt);
    const hash = await conversationHash(notes.salt, site, conversation, day);
    if (notes.seen.includes(hash)) return false;
    await api.storage.local.set({ [SIGN_NOTES_KEY]: { ...notes, seen: [...notes.seen, hash] } });
  } catch {
    /* no storage or no crypto.subtle: the memory alone decides */
  }
  return true;
}

/** For tests. */
export function forgetShown(): void {
  shownHere.clear();
}
