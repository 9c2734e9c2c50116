/**
 * One list of hosts (vocabulary/sites.ts): every rule takes its hosts from it, every entry
 * belongs to a rule, and the manifest's match patterns are exactly those hosts.
 */
import { describe, expect, it } from 'vitest';
import { SITE_HOSTS } from '../../vocabulary/sites';
import { SITE_RULES } from '../../content/sites/index';
import { SOCIAL_MATCHES } from '../../vocabulary/sites';

describe('site hosts', () => {
  it('every rule uses its own entry of hosts.ts, and every entry has a rule', () => {
    for (const rule of SITE_RULES) expect(rule.hosts, `${rule.id}: write hosts: SITE_HOSTS.${rule.id} (vocabulary/sites.ts)`).toBe(SITE_HOSTS[rule.id as keyof typeof SITE_HOSTS]);
    expect(Object.keys(SITE_HOSTS).sort()).toEqual(SITE_RULES.map((rule) => rule.id).sort());
  });

  it('names each host once, in lower case, exact or as a "*." suffix', () => {
    const all = Object.values(SITE_HOSTS).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const host of all) expect(host).toMatch(/^(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
  });

  it('gives the manifest one https match pattern per host, and nothing else', () => {
    const expected = SITE_RULES.flatMap((rule) => rule.hosts.map((host) => `https://${host}/*`));
    expect([...SOCIAL_MATCHES].sort()).toEqual([...new Set(expected)].sort());
  });
});
