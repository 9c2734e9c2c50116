/**
 * The content scripts the build adds beside WXT's (build/content-bundles.ts): one rule script
 * per site, run before nudge.js on that site's hosts only, and the lazily loaded reminder UI.
 * The per-site split must give every host the same rule ruleForHost() picks, and each rule
 * script, run as the browser runs it, must leave exactly its site's rule (without the
 * documentation and hosts the build cuts) where nudge.js looks for it; the chat check, cut of
 * its patterns' citations, must answer as its source does.
 */
import { describe, expect, it } from 'vitest';
import { contentBundles, manifestContentScripts, siteScriptFile } from '../../build/content-bundles';
import { SITE_RULES } from '../../content/sites/index';
import { ruleForHost } from '../../content/sites/lookup';
import { SOCIAL_MATCHES } from '../../vocabulary/sites';
import { REMINDER_UI_FILE } from '../../content/reminder-import';
import { CHAT_CHECK_FILE } from '../../content/chat-import';
import { CHAT_RULES } from '../../content/chat/sites/index';
import { EVIDENCE_KEYS } from '../../build/strip-rule-evidence';
import type { ChatCheck } from '../../content/chat-loader';
import type { FamilyDetail } from '../../chat/personal/family';
import { CHAT_LANGUAGES } from '../../chat/types';
import { readLanguage } from '../chat-eval/load';

const entries = manifestContentScripts();
const bundles = await contentBundles();
const file = (path: string) => bundles.find((b) => b.relativeDest === path)?.contents;

describe('the manifest content scripts', () => {
  it('on every social host, runs exactly one site rule script and then nudge.js', () => {
    const isolated = entries.filter((entry) => entry.js.includes('nudge.js'));
    expect(isolated.flatMap((entry) => entry.matches).sort()).toEqual([...SOCIAL_MATCHES].sort());
    for (const entry of isolated) {
      expect(entry.js).toHaveLength(2);
      expect(entry.js[1]).toBe('nudge.js');
      expect(entry.run_at).toBe('document_start');
    }
  });

  it('gives each host the rule ruleForHost picks for it', () => {
    for (const entry of entries.filter((e) => e.js.length === 2)) {
      for (const pattern of entry.matches) {
        const host = /^https:\/\/([^/]+)\/\*$/.exec(pattern)![1]!.replace('*.', 'www.');
        expect(entry.js[0], pattern).toBe(siteScriptFile(ruleForHost(host)!.id));
      }
    }
  });

  it('keeps the page-world helper on every social host', () => {
    const page = entries.filter((entry) => entry.world === 'MAIN');
    expect(page).toEqual([{ matches: SOCIAL_MATCHES, js: ['content-scripts/file-picker.js'], run_at: 'document_start', world: 'MAIN' }]);
  });
});

describe('the site rule scripts', () => {
  it.each(SITE_RULES.map((rule) => [rule.id, rule] as const))('%s: registers its rule, minus documentation and hosts', (id, rule) => {
    const code = file(siteScriptFile(id));
    expect(code, `${siteScriptFile(id)} built`).toBeTruthy();
    const global: Record<string, unknown> = {};
    new Function('globalThis', code!)(global);
    const registered = Object.values(global)[0] as Record<string, unknown>;
    expect(registered.id).toBe(id);
    expect(registered).not.toHaveProperty('hosts');
    expect(registered).not.toHaveProperty('evidence');
    const chat = CHAT_RULES.find((candidate) => candidate.site === id);
    const kept = [...Object.keys(rule).filter((key) => key !== 'hosts' && !EVIDENCE_KEYS.has(key)), ...(chat ? ['chat'] : [])].sort();
    expect(Object.keys(registered).sort()).toEqual(kept);
    if (!chat) return;
    // A chat site's rule carries its chat rule, minus documentation (evidence, sources, examples).
    const registeredChat = registered.chat as Record<string, unknown>;
    expect(registeredChat.site).toBe(id);
    expect(Object.keys(registeredChat).sort()).toEqual(Object.keys(chat).filter((key) => !EVIDENCE_KEYS.has(key)).sort());
    expect(JSON.stringify(registeredChat)).not.toMatch(/"source"|"examples"|github\.com/);
    for (const text of [...(rule.evidence ?? []), ...(rule.connect ?? []).map((c) => c.source)]) expect(code).not.toContain(text);
  });
});

describe('the reminder UI module', () => {
  it('is an ES module exporting the UI, with no network or HTML-string APIs', () => {
    const code = file(REMINDER_UI_FILE)!;
    expect(code).toMatch(/export\s*\{[^}]*\bas ui\b|export\s*\{\s*\w+\s+as\s+ui\s*\}|export\s*\{\s*ui\s*\}/);
    expect(code).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|innerHTML\s*=|insertAdjacentHTML/);
  });
});

describe('the chat check module (issue 12)', () => {
  it('is an ES module exporting the check, with no network or HTML-string APIs, and answers a check', async () => {
    const code = file(CHAT_CHECK_FILE)!;
    expect(code, `${CHAT_CHECK_FILE} built`).toBeTruthy();
    expect(code).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|innerHTML\s*=|insertAdjacentHTML/);
    const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { chat: { personalIn(text: string, context: object): string[] } };
    expect(module.chat.personalIn('text me on 07700 900123', { region: 'GB', family: [] })).toEqual(['phone']);
  });

  it('answers every message of the development set as the source does (the build cuts only what no check reads)', async () => {
    const shipped = (await import(`data:text/javascript;base64,${Buffer.from(file(CHAT_CHECK_FILE)!).toString('base64')}`)) as { chat: ChatCheck };
    const source = (await import('../../content/chat/check')).chat;
    const family = [
      { kind: 'school', value: 'Greenfield Academy' }, { kind: 'postcode', value: 'M14 5RP' }, { kind: 'surname', value: 'Nowakowski' },
    ] as FamilyDetail[];
    const differences: string[] = [];
    let seen = 0;
    for (const language of CHAT_LANGUAGES) {
      const texts = readLanguage('dev', language).examples.map((example) => example.text);
      const [built, ours] = [shipped.chat.conversation(), source.conversation()];
      for (const text of texts) {
        const out = [shipped.chat.personalIn(text, { region: 'GB', family }), built.read(text)];
        const expected = [source.personalIn(text, { region: 'GB', family }), ours.read(text)];
        if (JSON.stringify(out) !== JSON.stringify(expected)) differences.push(`${language}: ${text}`);
        if (expected.some((found) => found.length)) seen++;
      }
    }
    expect(differences).toEqual([]);
    expect(seen).toBeGreaterThan(300); // 363 messages in which something is found
  });
});
