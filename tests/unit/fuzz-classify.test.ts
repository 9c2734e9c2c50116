/**
 * Fail-safe (issue 4, "No page can fool it or break it"): the classifier over thousands of
 * random and mutated DOMs made from the real site fixtures — random attributes, deep nesting,
 * huge labels, odd Unicode, open shadow roots, odd page and link URLs, odd event paths. No
 * exception may escape classifyConnect or the control helpers, and every answer is sane.
 *
 * Seeded, so a failure is reproducible: the failing case prints its seed and step; run again
 * with FUZZ_SEED=<seed> (and FUZZ_ROUNDS=<n> for a longer run).
 */
import { describe, expect, it } from 'vitest';
import { classifyConnect } from '../../content/classify/connect';
import { controlLabels, findControl, isActionable } from '../../content/classify/control';
import { CONNECT_LABELS } from '../../content/labels/connect';
import { MAX_LABEL_LENGTH } from '../../content/labels/fold';
import { SITE_RULES } from '../../content/sites/index';
import { ruleForHost } from '../../content/sites/lookup';
import { loadFixtures, pathOf, render } from './helpers/fixtures';
import { mulberry32, type Random } from './helpers/random';

const SEED = Number(process.env.FUZZ_SEED ?? 0x5afe);
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 8);
const fixtures = loadFixtures();

const REAL_LABELS = Object.values(CONNECT_LABELS).flat();
const ODD_TEXT = [
  '', ' ', '\n\t', '\u0000', '\uD800', '\uDFFF', 'a\uD83D', '\uFFFF\uFFFE', '\u202Ewoll\u202C', '\u200D\u200B\u2060',
  'Follow\u0301\u0301\u0301', 'F\u0338ollow', 'İ', 'ＦＯＬＬＯＷ', 'ﬀ', '👨‍👩‍👧‍👦 add friend', '+ Follow', '关注', '正在关注',
  'Takip et', 'Takip etmeyi bırak', 'متابعة', 'フォローする', 'Подписаться', '\u0130\u0307', 'e\u0301'.repeat(300),
  '\u{1F600}'.repeat(90), 'x'.repeat(MAX_LABEL_LENGTH), 'y'.repeat(MAX_LABEL_LENGTH * 4 + 1), '<img src=x onerror=alert(1)>',
];
const ROLES = ['button', 'link', 'menuitem', ' BUTTON ', 'Button', '', 'none', 'switch', 'button link', 'menuitemradio', 'presentation'];
const INPUT_TYPES = ['button', 'submit', 'image', 'file', 'SUBMIT', '', 'checkbox', 'text', 'x'];
const HREFS = [
  '', '#', '/', '//', '/x/', '///evil.example/x', 'javascript:alert(1)', 'http://[', ':::', '\u0000', 'https://%', '%E0%A4%A',
  'https://www.facebook.com/zuck', '/profile.php?id=1', '/in/someone/', '/@jack', 'data:text/html,hi', '?'.repeat(5000),
  `/${'a/'.repeat(3000)}`, 'https://user:pw@www.instagram.com:99999/x', 'blob:https://x/1',
];
const PAGE_URLS = [
  'https://www.facebook.com/', 'https://www.facebook.com/friends/requests?x=%E0%A4%A', 'https://m.facebook.com/%',
  'https://user:pw@www.instagram.com/a/../b/', 'https://xn--fcebook-8va.com/', 'about:blank', 'data:text/html,hi',
  'file:///etc/passwd', 'blob:https://www.facebook.com/1', `https://www.tiktok.com/${'@a/'.repeat(3000)}`,
  'https://vk.com/?' + '&a=1'.repeat(2000), 'https://www.linkedin.com/in/%F0%9F%98%80/',
];

function label(rand: Random): string {
  switch (rand.int(4)) {
    case 0: return rand.pick(REAL_LABELS);
    case 1: return rand.pick(ODD_TEXT);
    case 2: return rand.pick(REAL_LABELS) + rand.pick(ODD_TEXT);
    default: return rand.pick(ODD_TEXT).repeat(rand.int(50) + 1);
  }
}

function allElements(): Element[] {
  const out: Element[] = [];
  const visit = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      out.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document.body);
  return out;
}

/** One random change to the rendered fixture. */
function mutate(rand: Random, elements: Element[]): void {
  const target = rand.pick(elements);
  if (!target) return;
  switch (rand.int(11)) {
    case 0: target.setAttribute('role', rand.pick(ROLES)); break;
    case 1: target.setAttribute('aria-label', label(rand)); break;
    case 2: {
      const ids = Array.from({ length: rand.int(5) }, () => (rand.bool() ? rand.pick(elements).id || 'nope' : target.id || 'self'));
      if (rand.bool()) target.id = 'self';
      target.setAttribute('aria-labelledby', rand.bool() ? ids.join(' ') : ` ${'x '.repeat(rand.int(400))}`);
      break;
    }
    case 3: target.setAttribute(rand.pick(['title', 'alt', 'value', 'data-testid', 'aria-hidden', 'hidden']), label(rand)); break;
    case 4: if (target.localName === 'input' || rand.bool()) target.setAttribute('type', rand.pick(INPUT_TYPES)); break;
    case 5: {
      // Deep nesting: the control far below what the pointer hits, or far above.
      let inner: Element = target;
      for (let i = rand.int(120); i > 0; i--) {
        const wrapper = document.createElement(rand.pick(['div', 'span', 'a', 'button', 'p', 'li']));
        if (rand.int(10) === 0) wrapper.setAttribute('role', rand.pick(ROLES));
        inner.append(wrapper);
        inner = wrapper;
      }
      inner.append(label(rand));
      break;
    }
    case 6: {
      // A huge label: many text nodes and elements.
      const count = rand.int(400);
      for (let i = 0; i < count; i++) target.append(rand.bool() ? rand.pick(ODD_TEXT) : document.createElement('span'));
      if (rand.bool()) target.append('z'.repeat(100_000));
      break;
    }
    case 7: {
      // Move the element's content into an open shadow root (as Reddit's web components do).
      if (target.shadowRoot || !/^(div|span|p|section|article|header|main|nav|aside|footer|h[1-6]|blockquote|body)$/.test(target.localName)) break;
      const root = target.attachShadow({ mode: 'open' });
      root.append(...target.childNodes);
      if (rand.bool()) root.append(document.createElement('slot'));
      break;
    }
    case 8: target.setAttribute('href', rand.pick(HREFS)); break;
    case 9: {
      const link = document.createElement('a');
      link.setAttribute('href', rand.pick(HREFS));
      link.append(label(rand));
      target.append(link);
      break;
    }
    default: {
      // A control without text but with an SVG or image named only by aria-label or alt.
      const icon = document.createElement(rand.bool() ? 'svg' : 'img');
      icon.setAttribute(icon.localName === 'img' ? 'alt' : 'aria-label', label(rand));
      target.replaceChildren(icon);
    }
  }
}

/** Paths no real click has: partial, shuffled, with text, comments, documents, window, plain objects. */
function oddPath(rand: Random, elements: Element[]): EventTarget[] {
  const pool: EventTarget[] = [
    window, document, document.body, document.createTextNode(label(rand)), document.createComment('x'),
    document.createDocumentFragment(), document.createElement('button'), new EventTarget(),
    { nodeType: 1, localName: 'button' } as unknown as EventTarget,
  ];
  const path: EventTarget[] = [];
  for (let i = rand.int(20); i > 0; i--) path.push(rand.bool() ? rand.pick(elements) : rand.pick(pool));
  return path;
}

function checkHit(path: readonly EventTarget[], url: URL, rule: ReturnType<typeof ruleForHost>): void {
  const hit = classifyConnect(path, url, rule);
  if (!hit) return;
  expect(hit.kind).toBe('friend-request');
  expect(path.includes(hit.control), 'the control is on the path').toBe(true);
  expect(hit.person === null || typeof hit.person === 'string').toBe(true);
}

/** Returns [classifications, DOM variants]: each mutation step is one more variant of the page. */
function fuzzFixture(fixtureIndex: number, round: number): [number, number] {
  const fixture = fixtures[fixtureIndex]!;
  const rand = mulberry32(SEED ^ (fixtureIndex * 7919) ^ (round * 104_729));
  render(fixture);
  let checks = 0;
  const mutations = rand.int(10) + 1;
  let after = allElements();
  for (let step = 0; step < mutations; step++) {
    mutate(rand, after);
    after = allElements();
    const url = new URL(rand.int(4) === 0 ? rand.pick(PAGE_URLS) : fixture.url);
    const rule = rand.int(5) === 0 ? (rand.bool() ? null : rand.pick(SITE_RULES)) : ruleForHost(new URL(fixture.url).hostname);
    const context = `seed=${SEED} fixture=${fixture.site}/${fixture.file} round=${round} step=${step}`;
    try {
      for (let i = 0; i < 3; i++) {
        const target = rand.pick(after);
        if (!target) continue;
        checkHit(pathOf(target), url, rule);
        checkHit(oddPath(rand, after), url, rule);
        isActionable(target);
        findControl([target]);
        for (const folded of controlLabels(target)) expect(folded.length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
        checks += 3;
      }
    } catch (error) {
      throw new Error(`${context}: ${(error as Error).stack ?? error}`);
    }
  }
  return [checks, mutations];
}

describe('classifier fuzz (seeded)', () => {
  it('has fixtures to mutate', () => {
    expect(fixtures.length).toBeGreaterThan(20);
  });

  it(`no exception escapes over ${ROUNDS} rounds of every fixture, mutated`, () => {
    const started = performance.now();
    let checks = 0;
    let doms = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (let index = 0; index < fixtures.length; index++) {
        const [made, variants] = fuzzFixture(index, round);
        checks += made;
        doms += variants;
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(`[fuzz] seed=${SEED}: ${doms} mutated DOM variants of the fixtures, ${checks} classifications and label reads, ${seconds}s`);
    expect(checks).toBeGreaterThan(1000);
  }, 60_000);

  it('fully random documents, pages and paths', () => {
    const rand = mulberry32(SEED ^ 0xdead);
    const tags = ['div', 'span', 'button', 'a', 'input', 'li', 'svg', 'img', 'label', 'section', 'x-card', 'summary', 'p'];
    for (let round = 0; round < 600; round++) {
      document.body.replaceChildren();
      let parent: Element = document.body;
      const made: Element[] = [];
      for (let i = rand.int(40) + 1; i > 0; i--) {
        const element = document.createElement(rand.pick(tags));
        for (let a = rand.int(4); a > 0; a--) {
          const name = rand.pick(['role', 'aria-label', 'aria-labelledby', 'title', 'type', 'href', 'hidden', 'aria-hidden', 'value', 'id']);
          element.setAttribute(name, name === 'role' ? rand.pick(ROLES) : name === 'href' ? rand.pick(HREFS) : label(rand));
        }
        if (rand.bool()) element.append(label(rand));
        (rand.int(3) === 0 && made.length ? rand.pick(made) : parent).append(element);
        made.push(element);
        if (rand.int(4) === 0) parent = element;
      }
      const url = new URL(rand.pick(PAGE_URLS));
      const rule = rand.bool() ? rand.pick(SITE_RULES) : null;
      try {
        for (const target of made.slice(0, 6)) checkHit(pathOf(target), url, rule);
        checkHit(oddPath(rand, made), url, rule);
        checkHit([], url, rule);
      } catch (error) {
        throw new Error(`seed=${SEED} random round=${round}: ${(error as Error).stack ?? error}`);
      }
    }
  }, 20_000);
});
