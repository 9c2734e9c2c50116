/**
 * The order, the groups and the words of each contact in "Get help now". contacts.json is a
 * checked copy that must not be edited, so the group lives here, by id; a test fails if a
 * contact is added to the file without one. Every word shown comes from the messages files
 * (public/_locales), so a French popup is French: the contact's name, its one plain line, its
 * hours and its text-line wording each have a key.
 */
import { regionContacts, type Contact } from './contacts';

/** The groups a parent scans for, in order: in danger now, report it, talk to someone, get a picture taken down. */
export type HelpCategory = 'emergency' | 'report' | 'helpline' | 'removal';
export const CATEGORY_ORDER: readonly HelpCategory[] = ['emergency', 'report', 'helpline', 'removal'];
/** Message key of each group's heading. */
export const CATEGORY_HEADING: Record<HelpCategory, string> = {
  emergency: 'helpGroupEmergency',
  report: 'helpGroupReport',
  helpline: 'helpGroupTalk',
  removal: 'helpGroupRemoval',
};

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
  'de-110-112': 'emergency', 'de-zebra-cybergrooming': 'report', 'de-jugendschutz-net': 'report',
  'de-internet-beschwerdestelle': 'report', 'de-116111': 'helpline', 'de-elterntelefon': 'helpline',
  'de-hilfetelefon-missbrauch': 'helpline',
  'fr-17-112': 'emergency', 'fr-pharos': 'report', 'fr-police-chat-minors': 'report', 'fr-point-de-contact': 'report',
  'fr-119': 'helpline', 'fr-3018': 'helpline',
  'es-112': 'emergency', 'es-incibe-hotline': 'report', 'es-116111': 'helpline', 'es-anar': 'helpline',
  'es-anar-family': 'helpline', 'es-017': 'helpline',
  'pl-112': 'emergency', 'pl-dyzurnet': 'report', 'pl-116111': 'helpline', 'pl-800121212': 'helpline',
  'pl-800100100': 'helpline',
  // 114 is Italy's emergency line for children (contacts.json: "the dedicated emergency line").
  'it-112-113': 'emergency', 'it-114': 'emergency', 'it-114-segnalazioni': 'report', 'it-stop-it': 'report',
  'it-polizia-postale': 'report', 'it-19696': 'helpline',
  // Helpwanted helps get images removed (contacts.json: "They can help get images removed").
  'nl-112': 'emergency', 'nl-0900-8844': 'report', 'nl-meldpunt-kinderporno': 'report',
  'nl-kindertelefoon': 'helpline', 'nl-veilig-thuis': 'helpline', 'nl-helpwanted': 'removal',
  'eu-112': 'emergency', 'eu-inhope': 'report', 'eu-116111': 'helpline', 'eu-takeitdown': 'removal',
};

export function categoryOf(contact: Contact): HelpCategory {
  if (contact.emergency) return 'emergency';
  return CONTACT_CATEGORY[contact.id] ?? (contact.for === 'anyone' ? 'report' : 'helpline');
}

/** Emergency first (the emergency number itself before anything else), then reporting, helplines (children before parents), picture removal. */
export function orderedContacts(region: string): Contact[] {
  const audience = { anyone: 0, child: 1, parent: 2 } as const;
  const rank = (contact: Contact) => CATEGORY_ORDER.indexOf(categoryOf(contact)) * 2 + (contact.emergency ? 0 : 1);
  return regionContacts(region)
    .map((contact, index) => ({ contact, index }))
    .sort((a, b) => {
      const byRank = rank(a.contact) - rank(b.contact);
      if (byRank !== 0) return byRank;
      if (categoryOf(a.contact) === 'helpline') {
        const byAudience = audience[a.contact.for] - audience[b.contact.for];
        if (byAudience !== 0) return byAudience;
      }
      return a.index - b.index;
    })
    .map(({ contact }) => contact);
}

/** The region's contacts in their groups, in order, empty groups left out. */
export function groupedContacts(region: string): { category: HelpCategory; contacts: Contact[] }[] {
  const contacts = orderedContacts(region);
  return CATEGORY_ORDER.map((category) => ({ category, contacts: contacts.filter((c) => categoryOf(c) === category) }))
    .filter((group) => group.contacts.length > 0);
}

const keyOf = (id: string) => `contact_${id.replace(/-/g, '_')}`;
/** The message key of a contact's one plain line ("when"): "gb-ceop" → "contact_gb_ceop". */
export const contactLineKey = (id: string) => keyOf(id);
/** The message key of a contact's name, in the reader's language. */
export const contactNameKey = (id: string) => `${keyOf(id)}_name`;
/** Its hours: "24/7" is one shared message; other hours have a key of their own. */
export const contactHoursKey = (contact: Contact) =>
  !contact.hours ? null : contact.hours === '24/7' ? 'hoursAlways' : `${keyOf(contact.id)}_hours`;
/** Its text-line wording ("Text CONNECT to 686868"). */
export const contactTextKey = (contact: Contact) => (contact.text ? `${keyOf(contact.id)}_text` : null);

/** "112 or 999" → ["112", "999"]: each number its own link. */
export const phoneNumbers = (phone: string) => phone.split(/\s+or\s+/).map((part) => part.trim()).filter(Boolean);

/** "1-800-843-5678" → "tel:18008435678"; a leading + is kept. */
export const telHref = (phone: string) => `tel:${phone.replace(/(?!^\+)[^\d]/g, '')}`;
