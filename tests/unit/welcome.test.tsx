/** The welcome page: what it does, records and can't do; region and lock; "Try it" shows a reminder. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Welcome } from '../../components/welcome/Welcome';
import { buildReminderCard } from '../../views/reminder-card';
import { REMINDER_CSS } from '../../views/styles';
import { getMessage } from './setup';
import { hashPin } from '../../settings/pin';
import { readStoredSettings } from '../../settings/read';
import { family } from './helpers/family';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('welcome page', () => {
  it('says what it does, what it records, its limits, and how to set up', async () => {
    render(<Welcome />);
    await screen.findByLabelText('Help for');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'What it does for your child',
      'What it records',
      "What it can't do",
      'Two things to set up',
    ]);
    expect(screen.getByText(/Only counts/)).toBeTruthy();
    expect(screen.getByText(/A child can remove it/)).toBeTruthy();
  });

  it('shows a still of the real reminder: the same card, brand, words and button order', async () => {
    render(<Welcome />);
    const figure = screen.getByRole('figure', { name: 'A reminder as your child sees it' });
    const still = figure.querySelector('.sample')!;
    expect(still.hasAttribute('inert')).toBe(true);
    expect(still.getAttribute('aria-hidden')).toBe('true');
    const dialog = still.shadowRoot!.querySelector('dialog')!;
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.querySelector('.brand')?.textContent).toBe('Safe Nudge');
    expect(dialog.querySelector('h2')?.textContent).toBe('Do you know them in real life?');
    expect([...dialog.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['Yes, I know them', 'Not now', 'Get help']);
    // Built by the page reminder's own code: the same card with the page script's messages.
    const page = buildReminderCard({ kind: 'friend-request', turn: 0, text: getMessage, idPrefix: 'still' });
    page.setAttribute('open', '');
    expect(dialog.outerHTML).toBe(page.outerHTML);
    expect(still.shadowRoot!.querySelector('style')?.textContent).toContain(REMINDER_CSS);
  });

  it('"Try it" opens the sample reminder as a modal dialog, and a choice closes it', async () => {
    render(<Welcome />);
    const host = [...document.querySelectorAll('.sample')].find((node) => !node.hasAttribute('inert'))!;
    const dialog = host.shadowRoot!.querySelector('dialog')!;
    dialog.showModal ??= function (this: HTMLDialogElement) { this.open = true; };
    dialog.close ??= function (this: HTMLDialogElement) { this.open = false; };
    fireEvent.click(screen.getByRole('button', { name: 'Try it' }));
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.getAttribute('aria-labelledby')).toBe('try-title');
    expect(host.shadowRoot!.getElementById('try-title')?.textContent).toBe('Do you know them in real life?');
    fireEvent.click(dialog.querySelector('[data-choice="cancel"]')!);
    expect(dialog.open).toBe(false);
  });

  it('opens the settings page to set a PIN', async () => {
    const open = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.runtime, { openOptionsPage: open });
    render(<Welcome />);
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(open).toHaveBeenCalled();
  });

  it("asks the parent to confirm the region in one tap, this computer's guess preselected", async () => {
    family(['de', 'en-US'], 'Europe/Berlin');
    render(<Welcome />);
    const select = (await screen.findByLabelText('Help for')) as HTMLSelectElement;
    expect(select.value).toBe('DE');
    expect(screen.getByText("From this computer's language and time zone.")).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Use help for Germany' }));
    await screen.findByText('Saved. Safe Nudge shows help for Germany.');
    expect((await readStoredSettings()).region).toBe('DE');
  });

  it('when the guess is not sure, preselects "Anywhere else", says so, and saves what the parent picks', async () => {
    family(['en-US'], 'Asia/Kolkata');
    render(<Welcome />);
    const select = (await screen.findByLabelText('Help for')) as HTMLSelectElement;
    expect(select.value).toBe('INTL');
    expect(screen.getByText(/don't say clearly which country you are in/)).toBeTruthy();
    await screen.findByRole('button', { name: 'Use help for Anywhere else' });
    fireEvent.change(select, { target: { value: 'US' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use help for United States' }));
    await screen.findByText('Saved. Safe Nudge shows help for United States.');
    expect((await readStoredSettings()).region).toBe('US');
  });

  it("shows a policy's region without a confirm button", async () => {
    await fakeBrowser.storage.managed.set({ region: 'NZ' });
    render(<Welcome />);
    await screen.findByText("Set by your family's policy");
    expect((screen.getByLabelText('Help for') as HTMLSelectElement).value).toBe('NZ');
    expect(screen.queryByRole('button', { name: /Use help for/ })).toBeNull();
  });
});

describe('welcome page with a PIN', () => {
  it('leaves the region to the settings page, where the PIN is asked for', async () => {
    await fakeBrowser.storage.local.set({ pin: await hashPin('2468', 1000) });
    render(<Welcome />);
    await screen.findByText('Locked with your PIN: change it in Settings.');
    expect((screen.getByLabelText('Help for') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: /Use help for/ })).toBeNull();
    cleanup();
  });
});
