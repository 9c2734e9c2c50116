/**
 * Chat rules (content/chat/sites) against the chat fixtures (tests/fixtures/chat): each rule must
 * find exactly the marked message box, send control, message list and incoming messages, and
 * none of the child's own. Fixtures from the rule's own source must all pass; held-apart
 * fixtures (sources not used to write the rule) are counted and printed, as the measure of how
 * well a rule generalises. Every rule must have fixtures and evidence; every example URL of an
 * open conversation must match its pattern.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHAT_RULES } from '../../content/chat/sites/index';
import type { ChatRule } from '../../content/chat/sites/types';
import { composerOf, incomingIn, isConversation, messageList, messageText, sendControlOf } from '../../content/chat/find';
import { header } from './helpers/fixtures';

const DIR = join(__dirname, '../fixtures/chat');
type Part = 'composer' | 'send' | 'messages' | 'incoming';
const PARTS: Part[] = ['composer', 'send', 'messages', 'incoming'];

interface ChatFixture { site: string; file: string; role: string; html: string }

const fixtures: ChatFixture[] = readdirSync(DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) =>
    readdirSync(join(DIR, entry.name))
      .filter((file) => file.endsWith('.html'))
      .map((file) => {
        const html = readFileSync(join(DIR, entry.name, file), 'utf8');
        return { site: entry.name, file, role: header(html).role ?? '', html };
      }),
  );

const ruleOf = (site: string): ChatRule => CHAT_RULES.find((rule) => rule.site === site)!;

/** Wraps every element's children in an extra div (sites add wrappers between versions). */
function addWrappers(root: Element): void {
  for (const element of [...root.querySelectorAll('*')]) {
    if (element.children.length === 0 || element.localName === 'button' || element.localName === 'ol') continue;
    const wrapper = document.createElement('div');
    wrapper.append(...element.childNodes);
    element.append(wrapper);
  }
}

function render(html: string, variant: 'as-is' | 'wrapped'): Element {
  document.body.innerHTML = '';
  const root = document.createElement('div');
  root.innerHTML = html;
  if (variant === 'wrapped') addWrappers(root);
  document.body.append(root);
  return root;
}

/** What the rule finds, part by part, as the set of marked elements found and unmarked ones found. */
function read(rule: ChatRule, root: Element): Record<Part, { found: Element[]; marked: Element[] }> {
  const marked = (part: Part) => [...root.querySelectorAll(`[data-sn-chat="${part}"]`)];
  const pathOf = (element: Element) => {
    const path: EventTarget[] = [];
    for (let at: Element | null = element; at; at = at.parentElement) path.push(at);
    return path;
  };
  const everything = [...root.querySelectorAll('*')];
  const related = (a: Element, b: Element) => a === b || a.contains(b) || b.contains(a);
  /** A control is found when an event on it is recognised as that control (or the control around it). */
  const controls = (part: Part, recognise: (path: EventTarget[]) => Element | null) => {
    const marks = marked(part);
    const hits = everything.map((element) => recognise(pathOf(element))).filter((hit): hit is Element => hit !== null);
    return {
      marked: marks,
      found: [...new Set([...marks.filter((m) => hits.some((hit) => related(hit, m))), ...hits.filter((hit) => !marks.some((m) => related(hit, m)))])],
    };
  };
  const list = messageList(root, rule);
  return {
    composer: controls('composer', (path) => composerOf(path, rule)),
    send: controls('send', (path) => sendControlOf(path, rule)),
    messages: { marked: marked('messages'), found: list ? [list] : [] },
    incoming: { marked: marked('incoming'), found: list ? incomingIn(list, list, rule) : [] },
  };
}

const tally: Record<string, Record<Part, { found: number; missed: number; extra: number }>> = {};
const count = (role: string, part: Part, found: number, missed: number, extra: number) => {
  tally[role] ??= { composer: { found: 0, missed: 0, extra: 0 }, send: { found: 0, missed: 0, extra: 0 }, messages: { found: 0, missed: 0, extra: 0 }, incoming: { found: 0, missed: 0, extra: 0 } };
  tally[role]![part].found += found;
  tally[role]![part].missed += missed;
  tally[role]![part].extra += extra;
};

describe('chat rules and their fixtures', () => {
  it('every rule has a fixture from its own source, evidence, and conversation examples that match', () => {
    for (const rule of CHAT_RULES) {
      expect(fixtures.some((f) => f.site === rule.site && f.role === 'rule'), rule.site).toBe(true);
      expect(rule.evidence.length, rule.site).toBeGreaterThan(0);
      for (const example of rule.conversation.examples) expect(isConversation(new URL(example), rule), example).toBe(true);
    }
    expect(new Set(CHAT_RULES.map((rule) => rule.site)).size).toBeGreaterThanOrEqual(6);
  });

  it('every fixture names its source, basis and role, and belongs to a rule', () => {
    for (const fixture of fixtures) {
      const fields = header(fixture.html);
      expect(fields.source, fixture.file).toBeTruthy();
      expect(fields.basis, fixture.file).toBeTruthy();
      expect(['rule', 'held-apart']).toContain(fixture.role);
      expect(ruleOf(fixture.site), fixture.site).toBeTruthy();
    }
  });

  for (const fixture of fixtures.filter((f) => f.role === 'rule')) {
    for (const variant of ['as-is', 'wrapped'] as const) {
      it(`${fixture.site}/${fixture.file} (${variant}): finds exactly the marked parts`, () => {
        const rule = ruleOf(fixture.site);
        const parts = read(rule, render(fixture.html, variant));
        for (const part of PARTS) {
          const { found, marked } = parts[part];
          count(`rule ${variant}`, part, marked.filter((m) => found.includes(m)).length, marked.filter((m) => !found.includes(m)).length, found.filter((f) => !marked.includes(f)).length);
          // A part the fixture does not mark (a source that names no list) is not judged.
          if (marked.length === 0 && part !== 'send' && part !== 'incoming') continue;
          expect(found, `${part} in ${fixture.file}`).toEqual(expect.arrayContaining(marked));
          expect(found.length, `${part} in ${fixture.file}: found ${found.length}, marked ${marked.length}`).toBe(marked.length);
        }
      });
    }
  }

  it('held-apart fixtures: counted, not fitted (printed below)', () => {
    for (const fixture of fixtures.filter((f) => f.role === 'held-apart')) {
      const parts = read(ruleOf(fixture.site), render(fixture.html, 'as-is'));
      for (const part of PARTS) {
        const { found, marked } = parts[part];
        count('held-apart', part, marked.filter((m) => found.includes(m)).length, marked.filter((m) => !found.includes(m)).length, found.filter((f) => !marked.includes(f)).length);
      }
    }
    expect(tally['held-apart']).toBeDefined();
  });

  it('an incoming message is read by its text element, and the child\'s own messages are never read', () => {
    const rule = ruleOf('whatsapp');
    const root = render(fixtures.find((f) => f.file === '2026-airminal-selectors.html' && f.site === 'whatsapp')!.html, 'as-is');
    const list = messageList(root, rule)!;
    expect(incomingIn(list, list, rule).map((m) => messageText(m, rule))).toEqual(['hey whats up']);
  });

  afterAll(() => {
    const rows = Object.entries(tally).map(([role, parts]) => `  ${role.padEnd(18)} ${PARTS.map((p) => `${p} ${parts[p].found}/${parts[p].missed}/${parts[p].extra}`).join('  ')}`);
    console.log(`chat fixtures (found/missed/extra):\n${rows.join('\n')}`);
  });
});
