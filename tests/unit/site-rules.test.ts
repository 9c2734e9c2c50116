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

  it('own connect rules add to the generic labels: none repeats one (it would be counted as the site\'s own and catch nothing more)', () => {
    const repeats = SITE_RULES.flatMap((rule) =>
      (rule.connect ?? []).flatMap((entry) => (entry.labels ?? []).filter((label) => CONNECT_LABEL_SET.has(foldLabel(label))).map((label) => `${rule.id}: "${label}"`)),
    );
    expect(repeats).toEqual([]);
  });

  it('maps unknown hosts to no rule', () => {
    expect(ruleForHost('example.org')).toBeNull();
    expect(ruleForHost('facebook.com.evil.example')).toBeNull();
  });
});
