/**
 * "Details to protect" on the options page (happy-dom): adding and removing with labels, focus
 * and a live message; refusals said in words; the list hidden behind the PIN; storage.local only.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../components/options/Options';
import { hashPin } from '../../settings/pin';

afterEach(cleanup);

async function renderOptions() {
  render(<Options />);
  await screen.findByRole('heading', { level: 1, name: 'Safe Nudge settings' });
}
const section = () => screen.getByRole('region', { name: 'Details to protect' });
const stored = async () => (await fakeBrowser.storage.local.get('protectedDetails')).protectedDetails;
const liveMessage = () => within(section()).getByRole('status');

async function add(kind: string, value: string) {
  fireEvent.change(within(section()).getByLabelText('Type of detail'), { target: { value: kind } });
  fireEvent.input(within(section()).getByLabelText('Detail'), { target: { value } });
  fireEvent.submit(within(section()).getByRole('button', { name: 'Add' }).closest('form')!);
}

describe('Details to protect', () => {
  it('says what it does and that the details stay on this computer', async () => {
    await renderOptions();
    expect(section().textContent).toContain('pauses and reminds them first');
    expect(section().textContent).toContain('These details stay on this computer only.');
    await within(section()).findByText('No details added yet.');
  });

  it('adds a detail with its type, saves it in storage.local only, says so, and puts focus back in the box', async () => {
    await renderOptions();
    await within(section()).findByText('No details added yet.');
    await add('school', '  Oakfield   Primary ');
    await waitFor(() => expect(liveMessage().textContent).toBe('Added. It stays on this computer.'));
    expect(await stored()).toEqual([{ kind: 'school', value: 'Oakfield Primary' }]);
    expect(within(section()).getByRole('list', { name: 'Details you added' }).textContent).toContain('School: Oakfield Primary');
    expect(document.activeElement).toBe(within(section()).getByLabelText('Detail'));
    expect(within(section()).getByLabelText('Detail')).toHaveProperty('value', '');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('refuses an empty, too short or repeated detail with a reason, and saves nothing', async () => {
    await fakeBrowser.storage.local.set({ protectedDetails: [{ kind: 'surname', value: 'Kowalski' }] });
    await renderOptions();
    await within(section()).findByText('Surname: Kowalski', { exact: false });
    await add('surname', 'kowalski');
    await within(section()).findByText('That detail is already in the list.');
    await add('phone', '123 45');
    await within(section()).findByText(/too short to spot safely/);
    expect(within(section()).getByLabelText('Detail').getAttribute('aria-invalid')).toBe('true');
    expect(await stored()).toEqual([{ kind: 'surname', value: 'Kowalski' }]);
  });

  it('removes the one chosen, says so, and moves focus to the next remove button, then to the box', async () => {
    await fakeBrowser.storage.local.set({ protectedDetails: [{ kind: 'postcode', value: 'LS6 2QT' }, { kind: 'club', value: 'Hyde Park Harriers' }] });
    await renderOptions();
    fireEvent.click(await within(section()).findByRole('button', { name: 'Remove Postcode: LS6 2QT' }));
    await waitFor(() => expect(liveMessage().textContent).toBe('Removed.'));
    expect(await stored()).toEqual([{ kind: 'club', value: 'Hyde Park Harriers' }]);
    expect(document.activeElement).toBe(within(section()).getByRole('button', { name: 'Remove Club: Hyde Park Harriers' }));
    fireEvent.click(within(section()).getByRole('button', { name: 'Remove Club: Hyde Park Harriers' }));
    await within(section()).findByText('No details added yet.');
    expect(document.activeElement).toBe(within(section()).getByLabelText('Detail'));
    expect(await stored()).toEqual([]);
  });

  it('shows a corrupt stored list as what is valid in it', async () => {
    await fakeBrowser.storage.local.set({ protectedDetails: [{ kind: 'school', value: 'Oakfield' }, { kind: 'evil', value: '<img src=x>' }, 7] });
    await renderOptions();
    const list = await within(section()).findByRole('list', { name: 'Details you added' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  });

  it('with a PIN set, neither shows nor reads the list until the PIN is entered', async () => {
    await fakeBrowser.storage.local.set({ pin: await hashPin('2468', 1000), protectedDetails: [{ kind: 'surname', value: 'Kowalski' }] });
    await renderOptions();
    expect(section().textContent).toContain('Enter the PIN above to see or change these details.');
    expect(section().textContent).not.toContain('Kowalski');
    expect(within(section()).queryByLabelText('Detail')).toBeNull();
    fireEvent.input(screen.getByLabelText('PIN'), { target: { value: '2468' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Unlock' }).closest('form')!);
    await within(section()).findByText('Surname: Kowalski', { exact: false });
    fireEvent.click(screen.getByRole('button', { name: 'Lock now' }));
    await waitFor(() => expect(section().textContent).not.toContain('Kowalski'));
  });
});
