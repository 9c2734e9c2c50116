/**
 * The child's "Get help" card (issue 9): every region gives its own emergency number (in the
 * reader's language) and, where contacts.json has a verified one, a line a child can call;
 * the fallback gives no number but says what to do. The card itself always says to talk to a
 * grown-up and that it is not too late to tell.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { childHelp } from '../../guidance/child-help';
import { buildHelpCard } from '../../content/reminder/help';
import { getMessage } from './setup';
import { messagesOf } from '../e2e/harness/messages';

describe('childHelp', () => {
  it.each([
    ['GB', '999', { name: 'Childline', phone: '0800 1111' }],
    ['IE', '112 or 999', null],
    ['US', '911', null],
    ['CA', '911', { name: 'Kids Help Phone', phone: '1-800-668-6868' }],
    ['AU', '000', { name: 'Kids Helpline', phone: '1800 55 1800' }],
    ['NZ', '111', null],
    ['DE', '110 or 112', { name: 'Nummer gegen Kummer: Kinder- und Jugendtelefon', phone: '116 111' }],
    ['FR', '17 or 112', { name: '119 Allô Enfance en danger', phone: '119' }],
    ['ES', '112', { name: '116 111 child helpline (run by each region)', phone: '116 111' }],
    ['PL', '112', { name: '116 111 Telefon Zaufania dla Dzieci i Młodzieży (Fundacja Dajemy Dzieciom Siłę)', phone: '116 111' }],
    ['IT', '112 or 113', { name: '114 Emergenza Infanzia', phone: '114' }],
    ['NL', '112', { name: 'Helpwanted (Offlimits)', phone: '020 261 52 75' }],
    ['EU', '112', null],
    ['INTL', null, null],
    ['XX', null, null], // unknown: the "anywhere else" entries
  ])('%s: emergency %s, helpline %j (verified only)', (region, danger, helpline) => {
    expect(childHelp(region, getMessage)).toEqual({ dangerPhone: danger, helpline });
  });

  it("says the numbers in the reader's language", () => {
    expect(childHelp('DE', messagesOf('de')).dangerPhone).toBe('110 oder 112');
    expect(childHelp('FR', messagesOf('fr'))).toMatchObject({ dangerPhone: '17 ou 112', helpline: { name: '119 Allô Enfance en danger' } });
    expect(childHelp('ES', messagesOf('es')).helpline?.name).toBe('116 111, teléfono de ayuda a la infancia (lo gestiona cada comunidad autónoma)');
  });
});

describe('the help card', () => {
  afterEach(() => vi.restoreAllMocks());
  const lines = (card: HTMLElement) => [...card.querySelectorAll('p')].map((p) => p.textContent);
  // The page script reaches the extension through globalThis.browser (content/ext.ts): here WXT's fake one.
  const withExtension = (answer: () => Promise<unknown>) => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(answer as never);
  };

  it("says talk to a grown-up, it is not too late to tell, a helpline and the region's emergency number", async () => {
    withExtension(async () => childHelp('GB', getMessage));
    const card = buildHelpCard('sn-help');
    await vi.waitFor(() => expect(lines(card)).toHaveLength(4));
    expect(lines(card)).toEqual([
      'You are not in trouble. Talk to a grown-up you trust, like a parent, carer or teacher.',
      'It is not too late to tell, even if you did what they asked.',
      'You can also talk to Childline: 0800 1111',
      'If you feel in danger right now, call 999.',
    ]);
  });

  it('without a region (or an answer) still says what to do in danger, and names no country', async () => {
    const answers = [async () => childHelp('INTL', getMessage), async () => Promise.reject(new Error('no background'))];
    for (const answer of answers) {
      withExtension(answer);
      const card = buildHelpCard('sn-help');
      await vi.waitFor(() => expect(lines(card)).toHaveLength(3));
      expect(lines(card)[2]).toBe("If you are in danger, call your country's emergency number. In the EU, it is 112.");
    }
  });
});
