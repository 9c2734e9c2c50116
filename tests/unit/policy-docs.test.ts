/** The managed-policy schema, the snippets on the options page and docs/policy.md agree. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGION_CODES } from '../../guidance/contacts';
import { validManaged } from '../../model/policy';
import { chromeSettingsPolicy, EXAMPLE_POLICY, FIREFOX_POLICY, snippet } from '../../settings/policy-example';
// @ts-expect-error: a plain .mjs script, no types
import { forceInstallPolicy } from '../../scripts/self-host.mjs';
import { DEFAULT_SETTINGS, MODES } from '../../model/settings';
import { KINDS } from '../../vocabulary/kinds';

const ROOT = join(__dirname, '../..');
const schema = JSON.parse(readFileSync(join(ROOT, 'public/managed_schema.json'), 'utf8'));
const docs = readFileSync(join(ROOT, 'docs/policy.md'), 'utf8');

describe('managed_schema.json', () => {
  it('declares exactly the settings', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('lists every kind, mode and region', () => {
    expect(Object.keys(schema.properties.kinds.properties).sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) expect(schema.properties.kinds.properties[kind].properties.mode.enum).toEqual(MODES);
    expect(schema.properties.region.enum).toEqual(REGION_CODES);
  });
});

describe('the example policy', () => {
  it('is accepted whole by the same validators', () => {
    expect(validManaged(EXAMPLE_POLICY, REGION_CODES)).toEqual(EXAMPLE_POLICY);
  });

  it.each([
    ['Chrome', chromeSettingsPolicy('YOUR_EXTENSION_ID')],
    ['Firefox', FIREFOX_POLICY],
  ])('the %s snippet in docs/policy.md matches the options page', (_, policy) => {
    expect(docs).toContain(snippet(policy));
  });

  it('docs/policy.md shows the install policy npm run self-host writes', () => {
    expect(docs).toContain(snippet(forceInstallPolicy('YOUR_EXTENSION_ID', 'https://example.org/safe-nudge/updates.xml')));
  });

  it('docs/policy.md lists every region', () => {
    for (const code of REGION_CODES) expect(docs).toContain(`\`${code}\``);
  });
});
