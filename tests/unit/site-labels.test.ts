/**
 * Site labels and site test ids added for issue 10's recall work, each beside look-alikes in the
 * same language on the same page: a new label must never make its undo, pending or menu
 * neighbour a reminder. Also the cause fixed in classify/connect.ts: a role-less element that a
 * site rule names by an attribute of its own (a test id the site's code sets) is a control, and
 * one with no such attribute still needs cursor: pointer.
 */
import { describe, expect, it } from 'vitest';
import { classifyConnect } from '../../content/classify/connect';
import { ruleForHost } from '../../content/sites/lookup';
import { pathOf } from './helpers/fixtures';

function held(url: string, html: string): boolean {
  document.body.innerHTML = html;
  const target = document.querySelector('[data-hit]') ?? document.body.firstElementChild!;
  const page = new URL(url);
  return classifyConnect(pathOf(target), page, ruleForHost(page.hostname)) !== null;
}

const FACEBOOK_PROFILE = 'https://www.facebook.com/example.person';
const LINKEDIN_PROFILE = 'https://www.linkedin.com/in/example-person/';

describe('Facebook "Confirm request" (en)', () => {
  it('holds it on a profile, where the sender\'s request is accepted', () => {
    expect(held(FACEBOOK_PROFILE, '<div role="button"><span data-hit>Confirm request</span></div>')).toBe(true);
    expect(held('https://www.facebook.com/friends/requests', '<div aria-label="Confirm request"></div>')).toBe(true);
  });

  it.each([['Cancel request'], ['Delete request'], ['Requested'], ['Request sent'], ['Confirm'], ['Friends'], ['Respond']])(
    'never holds "%s" on a profile',
    (label) => expect(held(FACEBOOK_PROFILE, `<div role="button"><span data-hit>${label}</span></div>`)).toBe(false),
  );
});

describe('LinkedIn French "Se connecter" and "Invitez … à rejoindre votre réseau" (fr)', () => {
  it('holds them on a profile and in people search', () => {
    expect(held(LINKEDIN_PROFILE, '<button><span data-hit>Se connecter</span></button>')).toBe(true);
    expect(held('https://www.linkedin.com/search/results/people/?keywords=x', '<button>Se connecter</button>')).toBe(true);
    expect(held(LINKEDIN_PROFILE, '<div role="button" aria-label="Invitez Marie Exemple à rejoindre votre réseau"></div>')).toBe(true);
    expect(held(LINKEDIN_PROFILE, '<button>Envoyer sans note</button>')).toBe(true);
  });

  it('never holds "Se connecter" where it means signing in', () => {
    expect(held('https://www.linkedin.com/login', '<button>Se connecter</button>')).toBe(false);
    expect(held('https://www.linkedin.com/feed/', '<button>Se connecter</button>')).toBe(false);
    expect(held('https://example.org/', '<button>Se connecter</button>')).toBe(false);
  });

  it.each([['En attente'], ['Ajouter une note'], ['Plus d’actions'], ['Se déconnecter'], ['Abonné'], ['Ne plus suivre'], ['Retirer']])(
    'never holds "%s" on a profile',
    (label) => expect(held(LINKEDIN_PROFILE, `<button>${label}</button>`)).toBe(false),
  );
});

describe('LinkedIn "More" menu items: a div with the menu-item class and a connect word', () => {
  it.each([['Se connecter'], ['Conectar'], ['Connect']])('holds "%s"', (label) =>
    expect(held(LINKEDIN_PROFILE, `<div class="artdeco-dropdown__item">${label}</div>`)).toBe(true),
  );

  it.each([['Pendiente'], ['Pendente'], ['En attente'], ['Retirer'], ['Enviar mensaje'], ['Mensaje']])(
    'never holds "%s"',
    (label) => expect(held(LINKEDIN_PROFILE, `<div class="artdeco-dropdown__item">${label}</div>`)).toBe(false),
  );

  it('needs the class: a bare role-less div with the word and no cursor is not a control', () => {
    expect(held(LINKEDIN_PROFILE, '<div class="other">Conectar</div>')).toBe(false);
  });
});

describe('a role-less element a site rule names by its own test id', () => {
  it('is a control (Bluesky followBtn, Twitch follow-button, Steam btn_add_friend)', () => {
    expect(held('https://bsky.app/profile/a.bsky.social', '<div data-testid="followBtn"></div>')).toBe(true);
    expect(held('https://www.twitch.tv/example_streamer', '<div data-test-selector="follow-button"></div>')).toBe(true);
    expect(held('https://steamcommunity.com/id/example', '<div id="btn_add_friend"></div>')).toBe(true);
  });

  it('never holds the undo state or a look-alike label inside the same test id', () => {
    expect(held('https://bsky.app/profile/a.bsky.social', '<div data-testid="unfollowBtn"></div>')).toBe(false);
    expect(held('https://bsky.app/profile/a.bsky.social', '<div data-testid="followBtn">Following</div>')).toBe(false);
    expect(held('https://www.twitch.tv/example_streamer', '<div data-test-selector="unfollow-button"></div>')).toBe(false);
    expect(held('https://www.twitch.tv/example_streamer', '<button data-test-selector="follow-button" aria-label="Unfollow example"></button>')).toBe(false);
    expect(held('https://www.twitch.tv/example_streamer', '<div data-test-selector="follow-button">Gefolgt</div>')).toBe(false);
    expect(held('https://steamcommunity.com/id/example', '<div class="btn_profile_action_disabled"></div>')).toBe(false);
  });

  it('is not a control on another site, and a label alone still needs cursor: pointer', () => {
    expect(held('https://example.org/', '<div data-testid="followBtn"></div>')).toBe(false);
    expect(held('https://www.instagram.com/example/', '<div>Follow</div>')).toBe(false);
    expect(held('https://www.instagram.com/example/', '<div style="cursor: pointer">Follow</div>')).toBe(true);
  });
});

