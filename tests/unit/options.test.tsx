/** The options page in happy-dom: saving, the PIN lock, managed policy, and "other websites". */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../components/options/Options';
import { hashPin } from '../../settings/pin';
import { readStoredSettings } from '../../settings/read';
import { family } from './helpers/family';

async function renderOptions() {
  render(<Options />);
  await screen.findByRole('heading', { level: 1, name: 'Safe Nudge settings' });
}
const settingsGroup = () => document.querySelector<HTMLFieldSetElement>('fieldset.settings')!;
const kindGroup = (name: string) => screen.getByRole('group', { name: new RegExp(`^${name}`) });
const saved = () => waitFor(() => expect(screen.getAllByRole('status')[0]!.textContent).toBe('Saved.'));

let permissionGranted = false;
beforeEach(() => {
  permissionGranted = false;
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async () => permissionGranted),
    request: vi.fn(async () => permissionGranted),
    remove: vi.fn(async () => true),
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('saving', () => {
  it('saves a kind turned off and a mode changed', async () => {
    await renderOptions();
    fireEvent.click(within(kindGroup('Friend requests')).getByLabelText('Remind'));
    await saved();
    fireEvent.click(within(kindGroup('Photos and videos')).getByLabelText('Short reminder only, no pause'));
    await waitFor(async () =>
      expect((await readStoredSettings()).kinds).toEqual({
        'friend-request': { enabled: false, mode: 'pause' },
        'image-upload': { enabled: true, mode: 'reminder' },
        'personal-info': { enabled: true, mode: 'pause' },
        'warning-signs': { enabled: true, mode: 'pause' },
      }),
    );
  });

  it('saves a site turned off, the daily cap and the region', async () => {
    await renderOptions();
    fireEvent.click(screen.getByLabelText('TikTok'));
    await saved();
    fireEvent.change(screen.getByLabelText('Pauses per site each day'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Help for'), { target: { value: 'IE' } });
    await waitFor(async () => {
      const settings = await readStoredSettings();
      expect(settings.sitesOff).toEqual(['tiktok']);
      expect(settings.dailyCap).toBe(3);
      expect(settings.region).toBe('IE');
    });
  });

  it('forgets "people I know"', async () => {
    await fakeBrowser.storage.local.set({ knownPeople: { salt: '0'.repeat(32), entries: {} } });
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Forget people I know' }));
    await screen.findByText('Done. Your child will be asked again.');
    expect(await fakeBrowser.storage.local.get('knownPeople')).toEqual({});
  });
});

describe('PIN lock', () => {
  it('keeps every setting disabled until the right PIN is entered', async () => {
    await fakeBrowser.storage.local.set({ pin: await hashPin('2468', 1000) });
    await renderOptions();
    expect(settingsGroup().disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('PIN'), { target: { value: '1111' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Unlock' }).closest('form')!);
    await screen.findByText("That PIN isn't right.");
    expect(settingsGroup().disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('PIN'), { target: { value: '2468' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Unlock' }).closest('form')!);
    await waitFor(() => expect(settingsGroup().disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Lock now' }));
    expect(settingsGroup().disabled).toBe(true);
  });

  it('after five wrong PINs, waits, and a reload of the page does not start the count again', async () => {
    await fakeBrowser.storage.local.set({ pin: await hashPin('2468', 1000) });
    await renderOptions();
    const attempt = async (value: string) => {
      fireEvent.input(screen.getByLabelText('PIN'), { target: { value } });
      fireEvent.submit(screen.getByRole('button', { name: 'Unlock' }).closest('form')!);
      await waitFor(() => expect(screen.getByLabelText('PIN')).toHaveProperty('value', ''));
    };
    for (let i = 0; i < 5; i++) await attempt('1111');
    await screen.findByText(/^Too many tries\. You can try again at \d/);
    cleanup();
    await renderOptions();
    await attempt('2468');
    await screen.findByText(/^Too many tries\. You can try again at \d/);
    expect(settingsGroup().disabled).toBe(true);
  });

  it('sets a PIN only when both entries match, then locks', async () => {
    await renderOptions();
    expect(settingsGroup().disabled).toBe(false);
    fireEvent.input(screen.getByLabelText('New PIN'), { target: { value: '1357' } });
    fireEvent.input(screen.getByLabelText('PIN again'), { target: { value: '1358' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Set PIN' }).closest('form')!);
    await screen.findByText('The two PINs are different.');
    fireEvent.input(screen.getByLabelText('PIN again'), { target: { value: '1357' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Set PIN' }).closest('form')!);
    await waitFor(() => expect(settingsGroup().disabled).toBe(true), { timeout: 5000 });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('1357');
  });

  it('says plainly what a PIN cannot do', async () => {
    await renderOptions();
    expect(screen.getByText(/can't stop someone removing Safe Nudge/)).toBeTruthy();
  });
});

describe('region', () => {
  it("offers this computer's guess as the automatic choice, whatever is stored", async () => {
    family(['en-AU'], 'Australia/Sydney');
    await fakeBrowser.storage.local.set({ region: 'US' });
    await renderOptions();
    const select = screen.getByLabelText('Help for') as HTMLSelectElement;
    expect(select.value).toBe('US');
    expect(select.options[0]!.textContent).toBe("From this computer's language and time zone (Australia)");
    fireEvent.change(select, { target: { value: '' } });
    await waitFor(async () => expect((await readStoredSettings()).region).toBeNull());
  });
});

describe('managed policy', () => {
  it('shows locked settings as set by the family policy and disables them', async () => {
    await fakeBrowser.storage.managed.set({ dailyCap: 4, kinds: { 'friend-request': { enabled: true } } });
    await renderOptions();
    expect(screen.getByText(/Some settings are set by your family's policy/)).toBeTruthy();
    const cap = screen.getByLabelText('Pauses per site each day') as HTMLInputElement;
    expect(cap.value).toBe('4');
    expect(cap.disabled).toBe(true);
    expect((kindGroup('Friend requests') as HTMLFieldSetElement).disabled).toBe(true);
    expect((kindGroup('Photos and videos') as HTMLFieldSetElement).disabled).toBe(false);
    expect(screen.getAllByText("Set by your family's policy").length).toBe(2);
  });
});

describe('other websites', () => {
  it('asks for the permission when turned on, and saves only if granted', async () => {
    await renderOptions();
    const box = screen.getByLabelText('Also remind on other websites');
    fireEvent.click(box);
    await waitFor(() => expect(fakeBrowser.permissions.request).toHaveBeenCalledTimes(1));
    expect((await readStoredSettings()).otherSites).toBe(false);

    permissionGranted = true;
    fireEvent.click(box);
    await waitFor(async () => expect((await readStoredSettings()).otherSites).toBe(true));
  });

  it('gives the permission back when turned off', async () => {
    permissionGranted = true;
    await fakeBrowser.storage.local.set({ otherSites: true });
    await renderOptions();
    fireEvent.click(screen.getByLabelText('Also remind on other websites'));
    await waitFor(async () => expect((await readStoredSettings()).otherSites).toBe(false));
    expect(fakeBrowser.permissions.remove).toHaveBeenCalled();
  });
});

describe('policy help', () => {
  it("fills in this copy's own id: the page never shows a placeholder", async () => {
    Object.assign(fakeBrowser.runtime, { id: 'kjffoffcapkeejfcklpmegmgcgldhddd' });
    await renderOptions();
    const section = screen.getByRole('region', { name: 'Family or school policy' });
    expect(section.textContent).toContain('"kjffoffcapkeejfcklpmegmgcgldhddd": {');
    expect(document.body.textContent).not.toMatch(/EXTENSION_ID|YOUR_EXTENSION_ID|<id>/);
    expect(section.textContent).toContain('npm run self-host');
  });

  it('says what to do if the PIN is forgotten', async () => {
    await fakeBrowser.storage.local.set({ pin: await hashPin('2468', 1000) });
    await renderOptions();
    expect(screen.getByText(/Forgot the PIN\? Remove Safe Nudge from the browser and add it again/)).toBeTruthy();
  });
});
