/**
 * The popup's first frame without Preact and without webextension-polyfill: the title and
 * "Get help now" for the region known at once (first-region.ts), built with plain DOM calls
 * by a small classic script that popup.html runs as soon as it is parsed
 * (entrypoints/popup/first-frame.ts, bundled by build/popup-first-frame.ts). On the first open
 * after the browser starts, the emergency number then waits for that one small file, not for
 * Preact, the polyfill and the shared chunk (docs/performance.md).
 *
 * It builds exactly the DOM the Preact popup (Popup.tsx) renders first, while the settings are
 * not known yet: the same elements, attributes and text, so when Preact renders into the same
 * container it keeps these nodes (render() reuses what it finds there) and only enables the
 * picker and adds the advice below. Nothing jumps, focus stays where it is, and the help is in
 * the document once. A unit test renders both and compares them (tests/unit/popup-first-frame.test.tsx).
 * Text goes in as text nodes only.
 */
import { FALLBACK_REGION, REGION_CODES, type Contact } from '../../guidance/contacts';
import {
  CATEGORY_HEADING,
  contactHoursKey,
  contactLineKey,
  contactNameKey,
  contactTextKey,
  groupedContacts,
  phoneNumbers,
  telHref,
} from '../../guidance/help';
import type { Translate } from '../../guidance/i18n-api';
import type { RegionChoice } from '../../guidance/locale';
import { regionNote } from './region-note';

/** The picker's id, as Popup.tsx gives it. */
export const REGION_PICKER_ID = 'popup-region';

type Child = Node | string | null | undefined | false;

function el(tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** A contact as ContactItem.tsx renders it. */
function contactItem(contact: Contact, t: Translate): HTMLElement {
  const headingId = `contact-${contact.id}`;
  const name = t(contactNameKey(contact.id));
  const hours = contactHoursKey(contact);
  const text = contactTextKey(contact);
  const links = el('p', { class: 'links' });
  if (contact.phone) {
    for (const number of phoneNumbers(contact.phone)) {
      links.append(el('a', { class: 'phone', href: telHref(number), 'aria-label': t('callLabel', [name, number]) }, number));
    }
  }
  if (contact.textphone) links.append(el('span', {}, t('textphone'), ' ', el('a', { href: telHref(contact.textphone) }, contact.textphone)));
  if (text) links.append(el('span', {}, t(text)));
  if (contact.url) {
    links.append(
      el('a', { href: contact.url, target: '_blank', rel: 'noopener noreferrer' }, t('openSite', new URL(contact.url).hostname.replace(/^www\./, ''))),
    );
  }
  if (contact.email) links.append(el('a', { href: `mailto:${contact.email}` }, contact.email));
  return el(
    'li',
    { class: contact.emergency ? 'contact emergency' : 'contact', 'aria-labelledby': headingId },
    el('h4', { id: headingId }, name),
    el('p', {}, t(contactLineKey(contact.id))),
    links,
    hours && el('p', { class: 'muted' }, t('hours', t(hours))),
    contact.status === 'partly-verified' && el('p', { class: 'check' }, t('checkSite')),
  );
}

/** The region picker as RegionSelect.tsx renders it before the settings answer: disabled, with why this region. */
function regionPicker(choice: RegionChoice, t: Translate): HTMLElement {
  const note = regionNote(choice.source, false, t);
  // Attributes in Preact's order (id, disabled, aria-describedby), so the two frames serialise alike.
  const select = el('select', { id: REGION_PICKER_ID }) as HTMLSelectElement;
  select.disabled = true;
  if (note) select.setAttribute('aria-describedby', `${REGION_PICKER_ID}-note`);
  select.append(...REGION_CODES.map((code) => el('option', { value: code }, t(`region_${code}`))));
  select.value = choice.region;
  return el(
    'p',
    {},
    el('label', { for: REGION_PICKER_ID }, t('regionLabel')),
    ' ',
    select,
    note && el('span', { id: `${REGION_PICKER_ID}-note`, class: 'region-note' }, ' ', note),
  );
}

/** "Get help now" as HelpNow.tsx renders it, with the picker under its heading. */
function helpNow(choice: RegionChoice, t: Translate): HTMLElement {
  const groups = groupedContacts(choice.region);
  const withoutNumber = choice.region === FALLBACK_REGION;
  if (withoutNumber && groups[0]?.category !== 'emergency') groups.unshift({ category: 'emergency', contacts: [] });
  return el(
    'section',
    { 'aria-labelledby': 'help-now' },
    el('h2', { id: 'help-now' }, t('helpNowTitle')),
    regionPicker(choice, t),
    ...groups.map(({ category, contacts }) =>
      el(
        'section',
        { class: `help-group ${category}`, 'aria-labelledby': `help-${category}` },
        el('h3', { id: `help-${category}` }, t(CATEGORY_HEADING[category])),
        category === 'emergency' && withoutNumber && el('p', { class: 'emergency-note' }, t('helpNowLocalEmergency')),
        contacts.length > 0 && el('ul', { class: 'plain contacts' }, ...contacts.map((contact) => contactItem(contact, t))),
      ),
    ),
  );
}

/** The first frame's content: `<main>` with the title and the help, as Popup.tsx starts. */
export function firstFrame(choice: RegionChoice, t: Translate): HTMLElement {
  return el('main', {}, el('h1', {}, t('extName')), helpNow(choice, t));
}
