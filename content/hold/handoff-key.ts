/**
 * The isolated-world side of the channel with the page-world helper (page-world/channel.ts):
 * takes the key the helper offers at document_start, asking for it if the helper ran first,
 * and tells the helper it was taken so it is never offered again. Called once, at start.
 */
import { KEY_ASK, KEY_ATTRIBUTE, KEY_OFFER, KEY_PATTERN, KEY_TAKEN } from '../page-world/channel';

export function receiveHandoffKey(onKey: (key: string) => void, doc: Document = document): void {
  const take = () => {
    const key = doc.documentElement?.getAttribute(KEY_ATTRIBUTE) ?? '';
    if (!KEY_PATTERN.test(key)) return;
    doc.removeEventListener(KEY_OFFER, take);
    doc.dispatchEvent(new Event(KEY_TAKEN));
    onKey(key);
  };
  doc.addEventListener(KEY_OFFER, take);
  // If the helper ran first, its offer is gone: ask again (it answers synchronously).
  doc.dispatchEvent(new Event(KEY_ASK));
}
