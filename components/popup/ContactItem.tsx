/**
 * One help contact: its name, one plain line on when to use it, and one-tap links, every word
 * in the reader's language (the name, line, hours and text wording each have a message).
 * A contact contacts.json marks partly verified says so, for parents to check.
 */
import type { Contact } from '../../guidance/contacts';
import { contactHoursKey, contactLineKey, contactNameKey, contactTextKey, phoneNumbers, telHref } from '../../guidance/help';
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
  const name = t(contactNameKey(contact.id));
  const hours = contactHoursKey(contact);
  const text = contactTextKey(contact);
  return (
    <li class={contact.emergency ? 'contact emergency' : 'contact'} aria-labelledby={headingId}>
      <h4 id={headingId}>{name}</h4>
      <p>{t(contactLineKey(contact.id))}</p>
      <p class="links">
        {contact.phone && <PhoneLinks phone={contact.phone} label={name} />}
        {contact.textphone && (
          <span>
            {t('textphone')} <a href={telHref(contact.textphone)}>{contact.textphone}</a>
          </span>
        )}
        {text && <span>{t(text)}</span>}
        {contact.url && (
          <a href={contact.url} target="_blank" rel="noopener noreferrer">
            {t('openSite', new URL(contact.url).hostname.replace(/^www\./, ''))}
          </a>
        )}
        {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
      </p>
      {hours && <p class="muted">{t('hours', t(hours))}</p>}
      {contact.status === 'partly-verified' && <p class="check">{t('checkSite')}</p>}
    </li>
  );
}
