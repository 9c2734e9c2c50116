/**
 * What the reminder's "Get help" card shows a child: the region's emergency number and one
 * helpline a child can call, only verified entries from contacts.json, in the reader's
 * language. Without a region ("Anywhere else") there is no number: the card then says to call
 * their country's emergency number (112 in the EU). Pure apart from `say` (the messages); the
 * background answers the content script's request with it, so the page script never carries
 * the contacts list.
 */
import { regionContacts, type Contact } from './contacts';
import { contactNameKey, phoneNumbers } from './help';
import type { ChildHelpAnswer as ChildHelp } from '../vocabulary/messages';

type Say = (key: string, substitutions?: string | string[]) => string;

/**
 * Lines for everyone that contacts.json says children can call themselves, used where the
 * region has no verified children's line: Italy's 114 ("Children can call themselves") and
 * the Netherlands' Helpwanted ("Young people and parents can chat, call or email").
 */
const CHILDREN_CAN_CALL = ['it-114', 'nl-helpwanted'];

function childLine(contacts: Contact[]): Contact | undefined {
  return (
    contacts.find((contact) => contact.for === 'child' && contact.phone && !contact.emergency) ??
    contacts.find((contact) => CHILDREN_CAN_CALL.includes(contact.id) && contact.phone)
  );
}

/** "110 or 112" in the reader's language ("110 oder 112"). */
export function sayPhones(phone: string, say: Say): string {
  const numbers = phoneNumbers(phone);
  return numbers.length === 2 ? say('phoneOr', numbers) : numbers.join(', ');
}

export function childHelp(region: string, say: Say): ChildHelp {
  const contacts = regionContacts(region).filter((contact) => contact.status === 'verified');
  const emergency = contacts.find((contact) => contact.emergency && contact.phone);
  const line = childLine(contacts);
  return {
    dangerPhone: emergency?.phone ? sayPhones(emergency.phone, say) : null,
    helpline: line?.phone ? { name: say(contactNameKey(line.id)), phone: line.phone } : null,
  };
}
