/**
 * Help contacts by region. The data is a copy of the project's checked contacts file
 * (shared/contacts/contacts.json); a test keeps the copy identical to it when it is present.
 * Nothing here may be edited by hand: every number has sources and a status.
 */
import data from './contacts.json';

export interface Contact {
  id: string;
  name: string;
  for: 'anyone' | 'child' | 'parent';
  when: string;
  phone?: string;
  textphone?: string;
  text?: string;
  email?: string;
  url?: string;
  hours?: string;
  anonymous?: boolean;
  emergency?: boolean;
  status: 'verified' | 'partly-verified';
  sources: string[];
  notes?: string;
}

export interface Region {
  name: string;
  contacts: Contact[];
}

export const CONTACTS_CHECKED: string = data.checked;
export const REGIONS = data.regions as Record<string, Region>;
/** "Anywhere else": the safe fallback when the region isn't known. */
export const FALLBACK_REGION = 'INTL';
/** In the file's order, with "Anywhere else" last (as in the region pickers). */
export const REGION_CODES: readonly string[] = [
  ...Object.keys(REGIONS).filter((code) => code !== FALLBACK_REGION),
  FALLBACK_REGION,
];

export function regionContacts(code: string): Contact[] {
  return (REGIONS[code] ?? REGIONS[FALLBACK_REGION]!).contacts;
}
