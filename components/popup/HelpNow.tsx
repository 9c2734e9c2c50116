/** "Get help now": the family's region's contacts, emergency first, only from contacts.json. */
import { FALLBACK_REGION } from '../../guidance/contacts';
import { orderedContacts } from '../../guidance/help';
import { t } from '../../guidance/i18n';
import type { ComponentChildren } from 'preact';
import { ContactItem } from './ContactItem';

/** `children`: the region picker, right under the heading so a wrong country is one click away. */
export function HelpNow({ region, children }: { region: string; children?: ComponentChildren }) {
  const contacts = orderedContacts(region);
  return (
    <section aria-labelledby="help-now">
      <h2 id="help-now">{t('helpNowTitle')}</h2>
      {children}
      {region === FALLBACK_REGION && <p class="emergency-note">{t('helpNowLocalEmergency')}</p>}
      <ul class="plain contacts">
        {contacts.map((contact) => (
          <ContactItem key={contact.id} contact={contact} />
        ))}
      </ul>
    </section>
  );
}
