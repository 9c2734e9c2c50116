/**
 * The popup's first frame without Preact (components/popup/first-frame.ts): the same region as
 * the Preact popup for every family, exactly the DOM the popup renders first, and a takeover
 * that keeps those nodes (nothing redrawn, focus kept, the help in the document once).
 */
import { cleanup } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { firstFrame } from '../../components/popup/first-frame';
import { firstRegion } from '../../components/popup/first-region';
import { Popup } from '../../components/popup/Popup';
import { regionNote } from '../../components/popup/region-note';
import { messageOf } from '../../guidance/i18n-api';
import { browserGuess } from '../../guidance/locale';
import { family } from './helpers/family';
import { getMessage } from './setup';

const t = (key: string, substitutions?: string | string[]) => messageOf(() => fakeBrowser.i18n as never, key, substitutions);
const uiLanguage = () => 'en-GB';
const HINT = 'safe-nudge:last-region';

/** Storage that never answers, as on the first open after the browser starts. */
function storageHangs() {
  const never = () => new Promise<never>(() => undefined);
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(never);
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(never);
}

/** What Preact's Popup renders first, cut after the help (the advice below is not in the first frame). */
function popupFirstRender(): string {
  const container = document.createElement('div');
  render(<Popup />, container);
  const main = container.querySelector('main')!.cloneNode(true) as HTMLElement;
  while (main.lastElementChild && main.lastElementChild.getAttribute('aria-labelledby') !== 'help-now') main.lastElementChild.remove();
  render(null, container);
  return main.outerHTML;
}

const telLinks = (root: ParentNode) => [...root.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));

beforeEach(() => {
  localStorage.clear();
  family(['en-GB', 'en'], 'Europe/London');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const FAMILIES: [string[], string][] = [
  [['en-GB', 'en'], 'Europe/London'],
  [['de', 'en-US'], 'Europe/Berlin'],
  [['en-US'], 'Asia/Kolkata'],
  [['en-US', 'en'], 'America/Chicago'],
  [['fr-CA', 'fr'], 'America/Toronto'],
  [['es-ES'], 'Europe/Madrid'],
  [['pt-PT'], 'Europe/Lisbon'],
  [['cy'], 'Europe/London'],
  [[], 'Etc/Unknown'],
];

describe('firstRegion (what both frames show before any storage answers)', () => {
  it.each(FAMILIES)('%j in %s: the same guess as the popup', (languages, zone) => {
    family(languages, zone);
    expect(firstRegion(uiLanguage)).toEqual(browserGuess());
  });

  it.each([
    [{ region: 'AU', source: 'chosen' }],
    [{ region: 'NZ', source: 'policy' }],
    [{ region: 'INTL', source: 'fallback' }],
  ])('the region the last popup showed: %j', (hint) => {
    localStorage.setItem(HINT, JSON.stringify(hint));
    expect(firstRegion(uiLanguage)).toEqual(hint);
  });

  it('a broken or unknown hint is ignored: the guess', () => {
    for (const value of ['{"region":"XX"', '{"region":"XX","source":"chosen"}', '{"region":"GB","source":"whim"}', '42']) {
      localStorage.setItem(HINT, value);
      expect(firstRegion(uiLanguage)).toEqual({ region: 'GB', source: 'guess' });
    }
  });

  it('no UI language, or an API that throws: the page languages alone', () => {
    family(['en-AU'], 'Australia/Sydney');
    expect(firstRegion(() => null)).toEqual({ region: 'AU', source: 'guess' });
    expect(firstRegion(() => { throw new Error('no i18n'); })).toEqual({ region: 'AU', source: 'guess' });
  });
});

describe('regionNote', () => {
  it('says why the region, and where to change it when a PIN locks it', () => {
    expect(regionNote('guess', false, getMessage)).toBe("From this computer's language and time zone.");
    expect(regionNote('chosen', false, getMessage)).toBe('Chosen by you.');
    expect(regionNote('fallback', false, getMessage)).toMatch(/don't say clearly which country you are in/);
    expect(regionNote('chosen', true, getMessage)).toBe('Chosen by you. Locked with your PIN: change it in Settings.');
  });
  it("says nothing for a policy's region (the picker says \"set by your family's policy\")", () => {
    expect(regionNote('policy', false, getMessage)).toBeUndefined();
  });
});

describe('firstFrame: exactly what the Preact popup renders first', () => {
  it.each(FAMILIES)('%j in %s', (languages, zone) => {
    family(languages, zone);
    storageHangs();
    const popup = popupFirstRender();
    expect(popup).toMatch(/^<main><h1>Safe Nudge<\/h1><section aria-labelledby="help-now">.*id="popup-region".*help-group emergency/);
    expect(firstFrame(firstRegion(uiLanguage), t).outerHTML).toBe(popup);
  });

  it.each([
    [{ region: 'AU', source: 'chosen' }],
    [{ region: 'NZ', source: 'policy' }],
    [{ region: 'INTL', source: 'fallback' }],
    [{ region: 'IE', source: 'guess' }],
  ])('remembered %j', (hint) => {
    localStorage.setItem(HINT, JSON.stringify(hint));
    storageHangs();
    const popup = popupFirstRender();
    expect(popup).toMatch(/^<main><h1>Safe Nudge<\/h1><section aria-labelledby="help-now">.*id="popup-region".*help-group emergency/);
    expect(firstFrame(firstRegion(uiLanguage), t).outerHTML).toBe(popup);
  });

  it('a German family: 110 and 112 first, under "In danger now", the picker disabled with why', () => {
    family(['de', 'en-US'], 'Europe/Berlin');
    const frame = firstFrame(firstRegion(uiLanguage), t);
    expect(telLinks(frame).slice(0, 2)).toEqual(['tel:110', 'tel:112']);
    expect(frame.querySelector('h3')!.textContent).toBe('In danger now');
    const picker = frame.querySelector<HTMLSelectElement>('#popup-region')!;
    expect(picker.disabled).toBe(true);
    expect(picker.value).toBe('DE');
    expect(frame.querySelector('#popup-region-note')!.textContent).toBe(" From this computer's language and time zone.");
  });

  it('the safe fallback: no number, the line about the local emergency number first', () => {
    family(['en-US'], 'Asia/Kolkata');
    const frame = firstFrame(firstRegion(uiLanguage), t);
    expect(telLinks(frame)).toEqual([]);
    expect(frame.querySelector('.help-group.emergency .emergency-note')!.textContent).toMatch(/Call your country's emergency number/);
  });

  it('puts words in as text, never as markup', () => {
    const hostile = (key: string) => (key === 'helpNowTitle' ? '<img src=x onerror=alert(1)>' : key);
    const frame = firstFrame({ region: 'GB', source: 'guess' }, hostile);
    expect(frame.querySelector('img')).toBeNull();
    expect(frame.querySelector('h2')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('the Preact popup takes the first frame over', () => {
  it('keeps its nodes (focus stays, nothing redrawn), has the help once, then shows what the settings say', async () => {
    await fakeBrowser.storage.local.set({ region: 'NZ' });
    const app = document.body.appendChild(document.createElement('div'));
    app.append(firstFrame(firstRegion(uiLanguage), t));
    const first = app.querySelector<HTMLAnchorElement>('a[href="tel:999"]')!;
    const heading = app.querySelector('#help-now')!;
    first.focus();
    render(<Popup />, app);
    expect(app.querySelector('a[href="tel:999"]')).toBe(first);
    expect(app.querySelector('#help-now')).toBe(heading);
    expect(document.activeElement).toBe(first);
    expect(app.querySelectorAll('main')).toHaveLength(1);
    expect(app.querySelectorAll('#help-now')).toHaveLength(1);
    expect(telLinks(app).filter((href) => href === 'tel:999')).toHaveLength(1);
    // The advice follows the help; then the settings answer with the parent's choice.
    expect([...app.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Get help now', 'Advice for parents', 'For children', 'This week']);
    await vi.waitFor(() => expect(telLinks(app)[0]).toBe('tel:111'));
    expect(app.querySelector('#popup-region-note')!.textContent).toBe(' Chosen by you.');
    render(null, app);
  });
});

describe('the first-frame script carries only what the help reads (build/popup-first-frame.ts)', () => {
  it('every contact keeps its id, audience, numbers, links, hours, status and emergency flag; not its English name and line', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { firstFrameContacts } = await import('../../build/popup-first-frame');
    const json = readFileSync(join(__dirname, '../../guidance/contacts.json'), 'utf8');
    const full = JSON.parse(json) as { regions: Record<string, { contacts: Record<string, unknown>[] }> };
    const cut = JSON.parse(firstFrameContacts(json)) as typeof full;
    expect(Object.keys(cut.regions)).toEqual(Object.keys(full.regions));
    for (const [code, region] of Object.entries(full.regions)) {
      expect(cut.regions[code]!.contacts).toEqual(
        region.contacts.map(({ name: _n, when: _w, anonymous: _a, sources: _s, notes: _o, ...shown }) => shown),
      );
    }
  });
});
