/** One help contact: name, one plain line on when to use it, and one-tap links. */
import type { Contact } from '../../guidance/contacts';
import { contactLineKey, phoneNumbers, telHref } from '../../guidance/help';
import { t } from '../../guidance/i18n';

function PhoneLinks({ phone, label }: { phone: string; label: string }) {
  return (
    <>
      {phoneNumbers(phone).map((number) => (
        <a key={number} class="phone" href={telHref(number)} aria-label={t('callLabel', [label, number])}>
          {number}
        </a>
      ))}
    </>
  );
}

export function ContactItem({ contact }: { contact: Contact }) {
  const headingId = `contact-${contact.id}`;
  // The emergency entry is named in the reader's language; other services keep their own names.
  const name = contact.emergency ? t('emergencyName') : contact.name;
  return (
    <li class={contact.emergency ? 'contact emergency' : 'contact'} aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p>{t(contactLineKey(contact.id))}</p>
      <p class="links">
        {contact.phone && <PhoneLinks phone={contact.phone} label={name} />}
        {contact.textphone && (
          <span>
            {t('textphone')} <a href={telHref(contact.textphone)}>{contact.textphone}</a>
          </span>
        )}
        {contact.text && <span>{contact.text}</span>}
        {contact.url && (
          <a href={contact.url} target="_blank" rel="noopener noreferrer">
            {t('openSite', new URL(contact.url).hostname.replace(/^www\./, ''))}
          </a>
        )}
        {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
      </p>
      {contact.hours && <p class="muted">{t('hours', contact.hours)}</p>}
      {contact.status === 'partly-verified' && <p class="check">{t('checkSite')}</p>}
    </li>
  );
}
