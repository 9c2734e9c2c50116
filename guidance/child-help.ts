/**
 * What the reminder's "Get help" card shows a child: the region's emergency number and one
 * children's helpline, only verified entries from contacts.json. Pure; the background answers
 * the content script's request with it, so the page script never carries the contacts list.
 */
import { regionContacts } from './contacts';
import type { ChildHelpAnswer as ChildHelp } from '../vocabulary/messages';

export function childHelp(region: string): ChildHelp {
  const contacts = regionContacts(region).filter((contact) => contact.status === 'verified');
  const emergency = contacts.find((contact) => contact.emergency && contact.phone);
  const line = contacts.find((contact) => contact.for === 'child' && contact.phone && !contact.emergency);
  return {
    dangerPhone: emergency?.phone ?? null,
    helpline: line?.phone ? { name: line.name, phone: line.phone } : null,
  };
}
