/** The popup in happy-dom: help for the family's region first, advice, and this week's counts. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import { hashPin } from '../../settings/pin';
import { readStoredSettings } from '../../settings/read';

function browserLanguages(languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
}

async function renderPopup() {
  const view = render(<Popup />);
  await screen.findByRole('heading', { level: 2, name: 'Get help now' });
  return view;
}

const contactHeadings = () =>
  within(screen.getByRole('region', { name: 'Get help now' }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);
const telLinks = () => [...document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => a.getAttribute('href'));

beforeEach(() => browserLanguages(['en-GB', 'en']));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Get help now', () => {
  it('en-GB: the UK contacts, 999 first, as tel: links', async () => {
    await renderPopup();
    expect(contactHeadings()[0]).toBe('Emergency');
    expect(telLinks()[0]).toBe('tel:999');
    expect(telLinks()).not.toContain('tel:911');
    expect(screen.getByRole('link', { name: 'Call Childline on 0800 1111' })).toHaveProperty('href', 'tel:08001111');
    expect(screen.getByText(/Reports can't be anonymous/)).toBeTruthy();
  });

  it.each([
    ['en-US', 'tel:911', 'tel:999'],
    ['en-AU', 'tel:000', 'tel:999'],
    ['fr-CA', 'tel:911', 'tel:999'],
    ['en-NZ', 'tel:111', 'tel:911'],
  ])('%s: its own emergency number first, never %s', async (locale, first, never) => {
    browserLanguages([locale]);
    await renderPopup();
    expect(telLinks()[0]).toBe(first);
    expect(telLinks()).not.toContain(never);
  });

  it('opens websites in a new tab, safely', async () => {
    await renderPopup();
    const ceop = screen.getByRole('link', { name: 'Website: ceop.police.uk' });
    expect(ceop.getAttribute('href')).toBe('https://www.ceop.police.uk/Safety-Centre/');
    expect(ceop.getAttribute('target')).toBe('_blank');
    expect(ceop.getAttribute('rel')).toContain('noopener');
  });

  it('marks partly-verified contacts', async () => {
    browserLanguages(['en-IE']);
    await renderPopup();
    const item = screen.getByRole('listitem', { name: 'ISPCC Childline' });
    expect(within(item).getByText(/check the service's own site/)).toBeTruthy();
  });

  it('anywhere else: no emergency number, a pointer to the local one', async () => {
    browserLanguages(['de-DE']);
    await renderPopup();
    expect(screen.getByText('In danger now? Call your local emergency number.')).toBeTruthy();
    expect(telLinks()).toEqual([]);
  });

  it('changes region in one step and remembers it', async () => {
    await renderPopup();
    fireEvent.change(screen.getByLabelText('Help for'), { target: { value: 'AU' } });
    await waitFor(() => expect(telLinks()[0]).toBe('tel:000'));
    expect((await readStoredSettings()).region).toBe('AU');
  });

  it("shows a policy's region as set by the family's policy", async () => {
    await fakeBrowser.storage.managed.set({ region: 'NZ' });
    await renderPopup();
    expect(telLinks()[0]).toBe('tel:111');
    expect((screen.getByLabelText('Help for') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByText("Set by your family's policy")).toBeTruthy();
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
