/** The popup in happy-dom: help for the family's region first, advice, and this week's counts. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import { hashPin } from '../../settings/pin';
import { readStoredSettings } from '../../settings/read';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { family } from './helpers/family';

async function renderPopup() {
  const view = render(<Popup />);
  await screen.findByRole('heading', { level: 2, name: 'Get help now' });
  // The settings (and the PIN) have answered: the picker is enabled or says why not.
  await waitFor(() => expect(document.querySelector('#popup-region')).toBeTruthy());
  await new Promise((resolve) => setTimeout(resolve, 0));
  return view;
}

const helpRegion = () => screen.getByRole('region', { name: 'Get help now' });
const groupHeadings = () => within(helpRegion()).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
const contactHeadings = () => within(helpRegion()).getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
const telLinks = () => [...document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
const emergencyGroup = () => screen.getByRole('region', { name: 'In danger now' });
const why = () => document.querySelector('#popup-region-note')?.textContent?.trim();

/** Storage that never answers, as on the first open after the browser starts (1.7 s before this fix). */
function storageHangs() {
  const never = () => new Promise<never>(() => undefined);
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(never);
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(never);
}

beforeEach(() => {
  localStorage.clear();
  family(['en-GB', 'en'], 'Europe/London');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Get help now', () => {
  it('a British family: the UK contacts in four groups, 999 first, as tel: links, and why this region', async () => {
    await renderPopup();
    expect(groupHeadings()).toEqual(['In danger now', 'Report it', 'Talk to someone', 'Get a picture taken down']);
    expect(contactHeadings()[0]).toBe('Police emergency');
    expect(telLinks()[0]).toBe('tel:999');
    expect(telLinks()).not.toContain('tel:911');
    expect(screen.getByRole('link', { name: 'Call Childline on 0800 1111' })).toHaveProperty('href', 'tel:08001111');
    expect(screen.getByText(/Reports can't be anonymous/)).toBeTruthy();
    expect(why()).toBe("From this computer's language and time zone.");
  });

  it.each([
    [['en-US', 'en'], 'America/Chicago', 'tel:911', 'tel:999'],
    [['en-AU', 'en'], 'Australia/Sydney', 'tel:000', 'tel:999'],
    [['fr-CA', 'fr'], 'America/Toronto', 'tel:911', 'tel:999'],
    [['en-NZ'], 'Pacific/Auckland', 'tel:111', 'tel:911'],
    [['de', 'en-US'], 'Europe/Berlin', 'tel:110', 'tel:911'],
    [['pl', 'en-US'], 'Europe/Warsaw', 'tel:112', 'tel:911'],
    [['fr', 'en-GB'], 'Europe/Paris', 'tel:17', 'tel:999'],
    [['es-ES'], 'Europe/Madrid', 'tel:112', 'tel:911'],
  ])('%j in %s: its own emergency number first, never %s', async (languages, zone, first, never) => {
    family(languages, zone);
    await renderPopup();
    expect(telLinks()[0]).toBe(first);
    expect(telLinks()).not.toContain(never);
  });

  it('help is on screen in the first frame, before any storage answers (issue 9: blank for 1.7 s)', () => {
    family(['de', 'en-US'], 'Europe/Berlin');
    storageHangs();
    render(<Popup />);
    expect(telLinks().slice(0, 2)).toEqual(['tel:110', 'tel:112']);
    expect(groupHeadings()[0]).toBe('In danger now');
    // Nothing can be changed until the settings and the PIN are known.
    expect((screen.getByLabelText('Help for') as HTMLSelectElement).disabled).toBe(true);
  });

  it('the first frame shows the region the last popup showed, then what the settings say', async () => {
    localStorage.setItem('safe-nudge:last-region', JSON.stringify({ region: 'AU', source: 'chosen' }));
    await fakeBrowser.storage.local.set({ region: 'NZ' });
    render(<Popup />);
    expect(telLinks()[0]).toBe('tel:000');
    await waitFor(() => expect(telLinks()[0]).toBe('tel:111'));
    expect(why()).toBe('Chosen by you.');
    await waitFor(() => expect(JSON.parse(localStorage.getItem('safe-nudge:last-region')!)).toEqual({ region: 'NZ', source: 'chosen' }));
  });

  it('ignores a broken hint', () => {
    storageHangs();
    localStorage.setItem('safe-nudge:last-region', '{"region":"XX"');
    render(<Popup />);
    expect(telLinks()[0]).toBe('tel:999');
  });

  it('opens websites in a new tab, safely', async () => {
    await renderPopup();
    const ceop = screen.getByRole('link', { name: 'Website: ceop.police.uk' });
    expect(ceop.getAttribute('href')).toBe('https://www.ceop.police.uk/Safety-Centre/');
    expect(ceop.getAttribute('target')).toBe('_blank');
    expect(ceop.getAttribute('rel')).toContain('noopener');
  });

  it('marks partly-verified contacts', async () => {
    family(['en-IE'], 'Europe/Dublin');
    await renderPopup();
    const item = screen.getByRole('listitem', { name: 'ISPCC Childline' });
    expect(within(item).getByText(/check the service's own site/)).toBeTruthy();
  });

  it("when the signals disagree (an American browser in Kolkata): no country's number, the safe line, and a request to choose", async () => {
    family(['en-US'], 'Asia/Kolkata');
    await renderPopup();
    expect(within(emergencyGroup()).getByText("Call your country's emergency number. In every EU country, 112 works too, free.")).toBeTruthy();
    expect(telLinks()).toEqual([]);
    expect(why()).toMatch(/don't say clearly which country you are in/);
  });

  it('changes region in one step and remembers it', async () => {
    await renderPopup();
    fireEvent.change(screen.getByLabelText('Help for'), { target: { value: 'DE' } });
    await waitFor(() => expect(telLinks()[0]).toBe('tel:110'));
    expect((await readStoredSettings()).region).toBe('DE');
    expect(why()).toBe('Chosen by you.');
  });

  it("is locked by the parents' PIN like every other setting", async () => {
    await fakeBrowser.storage.local.set({ pin: await hashPin('2468', 1000) });
    await renderPopup();
    await waitFor(() => expect(why()).toMatch(/Locked with your PIN: change it in Settings\./));
    expect((screen.getByLabelText('Help for') as HTMLSelectElement).disabled).toBe(true);
  });

  it('can be changed without a PIN once the settings are read', async () => {
    await renderPopup();
    await waitFor(() => expect((screen.getByLabelText('Help for') as HTMLSelectElement).disabled).toBe(false));
  });

  it("shows a policy's region as set by the family's policy", async () => {
    await fakeBrowser.storage.managed.set({ region: 'NZ' });
    await renderPopup();
    await waitFor(() => expect(telLinks()[0]).toBe('tel:111'));
    expect((screen.getByLabelText('Help for') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByText("Set by your family's policy")).toBeTruthy();
  });

  it('speaks the reader\'s language: a French popup for a family in France has no English in its help', async () => {
    const fr = JSON.parse(readFileSync(join(__dirname, '../../public/_locales/fr/messages.json'), 'utf8'));
    (fakeBrowser.i18n as { getMessage: unknown }).getMessage = (key: string, subs?: string | string[]) => {
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      const entry = fr[key];
      if (!entry) return '';
      return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_: string, name: string) => {
        const index = Object.keys(entry.placeholders ?? {}).findIndex((k) => k.toLowerCase() === name.toLowerCase());
        return list[index] ?? '';
      });
    };
    family(['fr-FR', 'fr'], 'Europe/Paris');
    render(<Popup />);
    await screen.findByRole('heading', { level: 2, name: "Trouver de l'aide maintenant" });
    expect(within(screen.getByRole('region', { name: "Trouver de l'aide maintenant" })).getAllByRole('heading', { level: 3 }).map((h) => h.textContent))
      .toEqual(['Danger immédiat', 'Signaler', "Parler à quelqu'un"]);
    expect(screen.getByText('Urgences : police 17, ou 112')).toBeTruthy();
    expect(screen.getByText('Horaires : Tous les jours 9 h–23 h (téléphone, tchat sur 3018.fr, WhatsApp, Messenger)')).toBeTruthy();
    const text = screen.getByRole('region', { name: "Trouver de l'aide maintenant" }).textContent!;
    for (const english of ['Emergency', 'Every day', 'Phone', 'Report', ' or ']) expect(text).not.toContain(english);
  });
});

describe('advice', () => {
  it('has parents’ advice, grooming signs, what to do about a shared picture, and a children’s section', async () => {
    await renderPopup();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Get help now', 'Advice for parents', 'For children', 'This week']);
    for (const name of ['Use parental controls', 'Signs that someone may be grooming a child', 'If a picture has been shared']) {
      expect(screen.getByRole('heading', { level: 3, name })).toBeTruthy();
    }
    expect(screen.getByText('Only add people you know in real life.')).toBeTruthy();
    expect(screen.getByText(/Don't confront the person, and don't pretend to be your child/)).toBeTruthy();
    expect(screen.getByText(/What they can't do: reach private or end-to-end encrypted chats/)).toBeTruthy();
  });
});

describe('This week', () => {
  it('shows the counts, says what is kept, and clears them', async () => {
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    await fakeBrowser.storage.local.set({
      counts: { [`${day}|friend-request|tiktok|cancel`]: 2, [`${day}|image-upload|instagram|continue`]: 1 },
    });
    await renderPopup();
    const details = screen.getByRole('heading', { name: 'This week' }).closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    // The site names load on opening (a dynamic import, slow the first time under vitest).
    await screen.findByText('Reminders in the last 7 days: 3', {}, { timeout: 5000 });
    expect(screen.getByText('TikTok: 2')).toBeTruthy();
    expect(screen.getByText('Stopped: 2')).toBeTruthy();
    expect(screen.getByText(/Nothing leaves this computer/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear these counts' }));
    await screen.findByText('Reminders in the last 7 days: 0');
    expect(screen.getByRole('status').textContent).toBe('Counts cleared.');
    expect(await fakeBrowser.storage.local.get('counts')).toEqual({ counts: {} });
  });

  it('asks for the parents’ PIN before clearing when one is set', async () => {
    const key = `${new Date().getFullYear()}-${String(new Date().getMonth() + 1).padStart(2, '0')}-${String(new Date().getDate()).padStart(2, '0')}|friend-request|tiktok|cancel`;
    await fakeBrowser.storage.local.set({ counts: { [key]: 1 }, pin: await hashPin('2468', 1000) });
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Clear these counts' }));
    const pin = await screen.findByLabelText('PIN');
    fireEvent.input(pin, { target: { value: '1111' } });
    fireEvent.submit(pin.closest('form')!);
    await screen.findByText("That PIN isn't right.");
    expect(await fakeBrowser.storage.local.get('counts')).toEqual({ counts: { [key]: 1 } });
    fireEvent.input(pin, { target: { value: '2468' } });
    fireEvent.submit(pin.closest('form')!);
    await waitFor(async () => expect(await fakeBrowser.storage.local.get('counts')).toEqual({ counts: {} }));
  });
});
