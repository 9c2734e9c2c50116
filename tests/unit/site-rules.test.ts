/**
 * Every site rule: registered once, in a file named after its id, with evidence, a source on
 * every alternative, fixtures, and page types whose example URLs match only their own type.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_RULES } from '../../content/sites/index';
import { ruleForHost } from '../../content/sites/lookup';
import { pageTypesOf } from '../../content/sites/pages';
import { SITES_DIR } from './helpers/fixtures';
import { CONNECT_LABEL_SET } from '../../content/labels/connect';
import { foldLabel } from '../../content/labels/fold';

const REQUIRED = ['facebook', 'messenger', 'instagram', 'threads', 'tiktok', 'snapchat', 'x', 'discord', 'roblox', 'reddit',
  'twitch', 'whatsapp', 'telegram', 'pinterest', 'tumblr', 'bluesky', 'steam', 'vk', 'linkedin'];

/**
 * Rules with no committed fixture yet, each with the reason. Their photo sharing is still held
 * by the generic file, drop and paste handling, which the upload tests cover.
 */
const WITHOUT_FIXTURES: Record<string, string> = {
  messenger: 'no public source found (2026-11) that states the markup of its message-request controls',
};

describe('site rules', () => {
  it('cover every required site, once each, in files named after their ids', () => {
    const ids = SITE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED) expect(ids).toContain(id);
    for (const id of ids) expect(existsSync(join(__dirname, '../../content/sites', `${id}.ts`)), id).toBe(true);
  });

  it.each(SITE_RULES.map((rule) => [rule.id, rule] as const))('%s: evidence, sources, hosts', (_, rule) => {
    expect(rule.evidence.length).toBeGreaterThan(0);
    for (const entry of [...(rule.connect ?? []), ...(rule.ignore ?? [])]) expect(entry.source.length).toBeGreaterThan(10);
    for (const host of rule.hosts) expect(ruleForHost(host.replace('*.', 'www.'))?.id).toBe(rule.id);
  });

  it.each(SITE_RULES.filter((rule) => !(rule.id in WITHOUT_FIXTURES)).map((rule) => [rule.id, rule] as const))('%s: fixtures from public sources', (id) => {
    const dir = join(SITES_DIR, id);
    expect(existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).length : 0, `${id} has fixtures`).toBeGreaterThan(0);
  });

  it.each(SITE_RULES.filter((rule) => rule.pages).map((rule) => [rule.id, rule] as const))(
    '%s: each page type matches its own examples and no other type claims them',
    (_, rule) => {
      for (const [name, page] of Object.entries(rule.pages!)) {
        for (const example of page.examples) {
          const types = pageTypesOf(rule, new URL(example));
          expect(types, example).toContain(name);
          for (const other of types) if (other !== name) expect(rule.pages![other]!.examples, `${example} also ${other}`).toContain(example);
        }
      }
    },
  );

  // An entry that also names an attribute of the control may repeat a generic word: the attribute makes a role-less
  // element a control (classify/connect.ts), which the generic list alone cannot.
  it('own connect rules add to the generic labels: none repeats one (it would be counted as the site\'s own and catch nothing more)', () => {
    const repeats = SITE_RULES.flatMap((rule) =>
      (rule.connect ?? []).filter((entry) => !entry.attr).flatMap((entry) => (entry.labels ?? []).filter((label) => CONNECT_LABEL_SET.has(foldLabel(label))).map((label) => `${rule.id}: "${label}"`)),
    );
    expect(repeats).toEqual([]);
  });

  // URLs that are not the page type named, written out: a page-type test checked only on its
  // own examples would pass if it matched everything.
  it.each([
    ['facebook', 'friendRequests', ['https://www.facebook.com/friends/requests/sent', 'https://www.facebook.com/friends/list']],
    ['facebook', 'friendsHome', ['https://www.facebook.com/friendship', 'https://www.facebook.com/groups/friends']],
    ['facebook', 'mobileRequests', ['https://m.facebook.com/friends/center/suggestions']],
    ['instagram', 'profile', ['https://www.instagram.com/explore/', 'https://www.instagram.com/p/Cabc123/', 'https://www.instagram.com/direct/inbox/']],
    ['threads', 'profile', ['https://www.threads.net/search', 'https://www.threads.net/@zuck/post/C1']],
    ['tiktok', 'profile', ['https://www.tiktok.com/foryou', 'https://www.tiktok.com/@user/video/123']],
    ['x', 'profile', ['https://x.com/home', 'https://x.com/Settings', 'https://x.com/EXPLORE', 'https://x.com/jack/status/20', 'https://x.com/i/flow/login']],
    ['x', 'followList', ['https://x.com/jack/lists', 'https://x.com/jack']],
    ['roblox', 'profile', ['https://www.roblox.com/users/abc/profile', 'https://www.roblox.com/home']],
    ['reddit', 'user', ['https://www.reddit.com/user/ab', 'https://www.reddit.com/r/pics/']],
    ['twitch', 'channel', ['https://www.twitch.tv/directory', 'https://www.twitch.tv/Settings', 'https://www.twitch.tv/videos/123', 'https://www.twitch.tv/ab']],
    ['pinterest', 'profile', ['https://www.pinterest.com/ideas/', 'https://www.pinterest.com/pin/123/', 'https://www.pinterest.com/search/users/?q=x', 'https://www.pinterest.com/']],
    ['bluesky', 'profile', ['https://bsky.app/', 'https://bsky.app/profile/jay.bsky.team/post/3k']],
    ['steam', 'profile', ['https://steamcommunity.com/market/', 'https://steamcommunity.com/id/gaben/games']],
    ['linkedin', 'profile', ['https://www.linkedin.com/in/', 'https://www.linkedin.com/in/jack/details/skills/', 'https://www.linkedin.com/feed/']],
  ] as const)('%s: %s is not claimed by other URLs', (id, page, urls) => {
    const rule = SITE_RULES.find((candidate) => candidate.id === id)!;
    for (const url of urls) expect(pageTypesOf(rule, new URL(url)), url).not.toContain(page);
  });

  it.each([
    ['x', ['/jack', '/Jack_99/'], ['/home', '/Settings', '/explore/tabs', '/jack/status/1', '/verified-choose']],
    ['twitch', ['/ohnepixel', '/CashApp/'], ['/directory', '/SETTINGS', '/videos/1', '/ab']],
    ['pinterest', ['/microsoft/', '/Some_Brand'], ['/ideas/', '/pin/', '/today']],
    ['linkedin', ['/in/gauravjnu/'], ['/in/', '/in/x/details']],
  ] as const)('%s: profile links are people, app sections are not', (id, people, sections) => {
    const profile = SITE_RULES.find((rule) => rule.id === id)!.profilePath!;
    for (const path of people) expect(profile.test(path), path).toBe(true);
    for (const path of sections) expect(profile.test(path), path).toBe(false);
  });

  it('maps unknown hosts to no rule', () => {
    expect(ruleForHost('example.org')).toBeNull();
    expect(ruleForHost('facebook.com.evil.example')).toBeNull();
  });
});
