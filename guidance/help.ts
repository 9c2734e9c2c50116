/**
 * The order and the one plain line for each contact in the popup's "Get help now".
 * contacts.json is a checked copy that must not be edited, so the category lives here, by id;
 * a test fails if a contact is added to the file without one.
 */
import { regionContacts, type Contact } from './contacts';

export type HelpCategory = 'emergency' | 'report' | 'helpline' | 'removal';
export const CATEGORY_ORDER: readonly HelpCategory[] = ['emergency', 'report', 'helpline', 'removal'];

export const CONTACT_CATEGORY: Record<string, HelpCategory> = {
  'gb-999': 'emergency', 'gb-101': 'report', 'gb-ceop': 'report', 'gb-crimestoppers': 'report',
  'gb-iwf': 'report', 'gb-rhc': 'report', 'gb-childline': 'helpline', 'gb-nspcc': 'helpline',
  'gb-report-remove': 'removal',
  'ie-112': 'emergency', 'ie-hotline': 'report', 'ie-childline': 'helpline',
  'us-911': 'emergency', 'us-cybertipline': 'report', 'us-childhelp': 'helpline', 'us-takeitdown': 'removal',
  'ca-911': 'emergency', 'ca-cybertip': 'report', 'ca-khp': 'helpline',
  'au-000': 'emergency', 'au-accce': 'report', 'au-esafety': 'report', 'au-khl': 'helpline',
  'nz-111': 'emergency', 'nz-netsafe': 'report', 'nz-dia': 'report', 'nz-youthline': 'helpline',
  'intl-inhope': 'report', 'intl-takeitdown': 'removal',
};

export function categoryOf(contact: Contact): HelpCategory {
  if (contact.emergency) return 'emergency';
  return CONTACT_CATEGORY[contact.id] ?? (contact.for === 'anyone' ? 'report' : 'helpline');
}

/** Emergency first, then reporting, helplines (children before parents), picture removal. */
export function orderedContacts(region: string): Contact[] {
  const audience = { anyone: 0, child: 1, parent: 2 } as const;
  return regionContacts(region)
    .map((contact, index) => ({ contact, index }))
    .sort((a, b) => {
      const byCategory = CATEGORY_ORDER.indexOf(categoryOf(a.contact)) - CATEGORY_ORDER.indexOf(categoryOf(b.contact));
      if (byCategory !== 0) return byCategory;
      if (categoryOf(a.contact) === 'helpline') {
        const byAudience = audience[a.contact.for] - audience[b.contact.for];
        if (byAudience !== 0) return byAudience;
      }
      return a.index - b.index;
    })
    .map(({ contact }) => contact);
}

/** The message key of a contact's one plain line: "gb-ceop" → "contact_gb_ceop". */
export const contactLineKey = (id: string) => `contact_${id.replace(/-/g, '_')}`;

/** "112 or 999" → ["112", "999"]: each number its own link. */
export const phoneNumbers = (phone: string) => phone.split(/\s+or\s+/).map((part) => part.trim()).filter(Boolean);

/** "1-800-843-5678" → "tel:18008435678"; a leading + is kept. */
export const telHref = (phone: string) => `tel:${phone.replace(/(?!^\+)[^\d]/g, '')}`;
