/**
 * "Get help now": the region's contacts under short headings a parent scans in a second (in
 * danger now, report it, talk to someone, get a picture taken down), emergency always first,
 * only from contacts.json. Pure rendering: the popup gives it a region at once, from what the
 * browser knows, and again when the settings arrive.
 */
import type { ComponentChildren } from 'preact';
import { FALLBACK_REGION } from '../../guidance/contacts';
import { CATEGORY_HEADING, groupedContacts } from '../../guidance/help';
import { t } from '../../guidance/i18n';
import { ContactItem } from './ContactItem';

/** `children`: why this region, and the picker, right under the heading so a wrong country is one click away. */
export function HelpNow({ region, children }: { region: string; children?: ComponentChildren }) {
  const groups = groupedContacts(region);
  const withoutNumber = region === FALLBACK_REGION;
  if (withoutNumber && groups[0]?.category !== 'emergency') groups.unshift({ category: 'emergency', contacts: [] });
  return (
    <section aria-labelledby="help-now">
      <h2 id="help-now">{t('helpNowTitle')}</h2>
      {children}
      {groups.map(({ category, contacts }) => (
        <section key={category} class={`help-group ${category}`} aria-labelledby={`help-${category}`}>
          <h3 id={`help-${category}`}>{t(CATEGORY_HEADING[category])}</h3>
          {category === 'emergency' && withoutNumber && <p class="emergency-note">{t('helpNowLocalEmergency')}</p>}
          {contacts.length > 0 && (
            <ul class="plain contacts">
              {contacts.map((contact) => (
                <ContactItem key={contact.id} contact={contact} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
