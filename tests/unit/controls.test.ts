/**
 * Controls that are not marked up as controls (issue 10, §1): decided at the click from what
 * the browser knows (aria-label, tabindex, onclick, cursor: pointer, a role higher up); labels
 * that carry a name; site words in every language; text read the way a browser shows it; and a
 * label-less site rule that must never hold an Unfollow.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { classifyConnect } from '../../content/classify/connect';
import { ruleForHost } from '../../content/sites/lookup';
import { pathOf } from './helpers/fixtures';

function classify(html: string, url = 'https://example.org/') {
  document.body.innerHTML = html;
  const target = document.querySelector('[data-hit]') ?? document.body.firstElementChild!;
  const parsed = new URL(url);
  return classifyConnect(pathOf(target), parsed, ruleForHost(parsed.hostname));
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('a clickable element with no role', () => {
  it.each([
    ['an aria-label', '<div aria-label="Add friend"></div>'],
    ['a tabindex', '<div tabindex="0"><span data-hit>Follow</span></div>'],
    ['an onclick attribute', '<div onclick="void 0"><span data-hit>Follow</span></div>'],
    ['cursor: pointer on it', '<div style="cursor: pointer"><span data-hit>Add friend</span></div>'],
    ['cursor: pointer from the page\'s stylesheet', '<div class="card-action"><span data-hit>Follow</span></div>'],
    ['a role higher up', '<div role="button"><div><div><span data-hit>Add friend</span></div></div></div>'],
  ])('is held when it has %s', (_, html) => {
    document.head.innerHTML = '<style>.card-action { cursor: pointer }</style>';
    expect(classify(html)?.kind).toBe('friend-request');
  });

  it.each([
    ['plain text in a div', '<div><span data-hit>Follow</span></div>'],
    ['a paragraph', '<p>Add friend</p>'],
    ['a heading far above the pointer', '<div style="cursor: pointer"><div><div><div><span data-hit>x</span></div></div></div></div>'],
  ])('is not held when nothing says it is a control: %s', (_, html) => {
    expect(classify(html)).toBeNull();
  });

  it('keeps whole-label matching: a role-less "Following" or "Unfollow" is never held', () => {
    expect(classify('<div aria-label="Following"></div>')).toBeNull();
    expect(classify('<div tabindex="0">Unfollow</div>')).toBeNull();
    expect(classify('<div style="cursor: pointer"><span data-hit>Requested</span></div>')).toBeNull();
  });

  it('a native control between the pointer and a clickable ancestor ends the search', () => {
    expect(classify('<div aria-label="Add friend"><button><span data-hit>Like</span></button></div>')).toBeNull();
  });
});

describe('labels that carry a name', () => {
  it.each([
    ['Follow @jack', '@jack'],
    ['Follow Alex Smith', 'alex smith'],
    ['Add Alex as a friend', 'alex'],
    ['Connect with Alex', 'alex'],
    ['Invite Alex Smith to connect', 'alex smith'],
    ['Seguir a @ana_p', '@ana_p'],
    ['Agregar a Ana como amiga', 'ana'],
  ])('"%s" is held, for that person', (label, person) => {
    const hit = classify(`<button aria-label="${label}"></button>`);
    expect(hit?.kind).toBe('friend-request');
    expect(hit?.person).toBe(person);
  });

  it.each([['Follow us'], ['Follow this page'], ['Follow topic'], ['Follow @jack’s list of cats and dogs'], ['Follow back later please ok'], ['Following @jack'], ['Unfollow Alex']])(
    '"%s" is not a person to connect with',
    (label) => expect(classify(`<button aria-label="${label}"></button>`)).toBeNull(),
  );
});

describe('site words in every language', () => {
  it.each([['Confirm'], ['Confirmar'], ['Confirmer'], ['Bestätigen'], ['Подтвердить']])('Facebook "%s" on the requests page is held', (label) => {
    expect(classify(`<div aria-label="${label}"></div>`, 'https://www.facebook.com/friends/requests')?.kind).toBe('friend-request');
  });
  it.each([['Eliminar'], ['Supprimer'], ['Löschen'], ['Delete']])('Facebook "%s" is not', (label) => {
    expect(classify(`<div aria-label="${label}"></div>`, 'https://www.facebook.com/friends/requests')).toBeNull();
  });
  it('"Confirmar" elsewhere on Facebook is not a friend request', () => {
    expect(classify('<div aria-label="Confirmar"></div>', 'https://www.facebook.com/settings')).toBeNull();
  });
  it('Discord "Aceptar" on the friends view is held; "Ignorar" is not', () => {
    const url = 'https://discord.com/channels/@me';
    expect(classify('<button>Aceptar</button>', url)?.kind).toBe('friend-request');
    expect(classify('<button>Ignorar</button>', url)).toBeNull();
  });
});

describe('text read the way a browser shows it', () => {
  it('reads slotted content through a shadow root', () => {
    document.body.innerHTML = '<x-follow><span data-hit>Follow</span></x-follow>';
    const host = document.querySelector('x-follow')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<button><slot></slot></button>';
    const url = new URL('https://example.org/');
    // The path a browser gives a click on slotted text (happy-dom leaves the slot out of it).
    const span = document.querySelector('[data-hit]')!;
    const slot = host.shadowRoot!.querySelector('slot')!;
    const path = [span, slot, slot.parentElement!, host.shadowRoot!, host, document.body, document.documentElement, document, window];
    expect(classifyConnect(path, url, null)?.kind).toBe('friend-request');
  });

  it('reads an image button by its alt', () => {
    expect(classify('<input type="image" alt="Add friend" src="data:,">')?.kind).toBe('friend-request');
  });

  it('puts a space between blocks laid side by side, and none between inline spans', () => {
    expect(classify('<div role="button"><span style="display: inline-block">Add</span><span data-hit style="display: inline-block">friend</span></div>')?.kind).toBe('friend-request');
    expect(classify('<div role="button"><span>Add</span><span data-hit>friend</span></div>')).toBeNull();
  });
});

describe('a site rule that names no label (Pinterest)', () => {
  const url = 'https://www.pinterest.com/microsoft/';
  const wrapper = (inner: string) => `<div data-test-id="user-follow-button">${inner}</div>`;
  it('holds the follow button in its wrapper, whatever it says', () => {
    expect(classify(wrapper('<button data-hit><div></div></button>'), url)?.kind).toBe('friend-request');
    expect(classify(wrapper('<button data-hit>Folgen</button>'), url)?.kind).toBe('friend-request');
  });
  it.each([['Unfollow'], ['Gefolgt'], ['Following'], ['Abonné'], ['Siguiendo'], ['Entfolgen']])('never holds "%s" in the same wrapper', (label) => {
    expect(classify(wrapper(`<button data-hit>${label}</button>`), url)).toBeNull();
    expect(classify(wrapper(`<button data-hit aria-label="${label}"></button>`), url)).toBeNull();
  });
});
