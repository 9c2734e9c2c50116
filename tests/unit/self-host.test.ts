/** The self-hosting kit (scripts/self-host.mjs): the id Chrome derives, the update manifest and the policy. */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, no types
import { extensionIdFromKey, forceInstallPolicy, newKeyPem, updateManifest } from '../../scripts/self-host.mjs';

describe('self-hosting', () => {
  it("derives Chrome's 32-letter id (a–p) from the key, the same every time, different per key", () => {
    const key = newKeyPem();
    const id = extensionIdFromKey(key);
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(extensionIdFromKey(key)).toBe(id);
    expect(extensionIdFromKey(newKeyPem())).not.toBe(id);
  });

  it('writes an update manifest naming the id, the package address and the version', () => {
    const xml = updateManifest('abcdefghijklmnopabcdefghijklmnop', 'https://example.org/sn/safe-nudge.crx?a=1&b=2', '0.1.0');
    expect(xml).toContain("<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>");
    expect(xml).toContain("<app appid='abcdefghijklmnopabcdefghijklmnop'>");
    expect(xml).toContain("<updatecheck codebase='https://example.org/sn/safe-nudge.crx?a=1&amp;b=2' version='0.1.0' />");
  });

  it('writes the force-install policy, with the settings under the same id when given', () => {
    expect(forceInstallPolicy('x'.repeat(32), 'https://example.org/sn/updates.xml')).toEqual({
      ExtensionInstallForcelist: [`${'x'.repeat(32)};https://example.org/sn/updates.xml`],
    });
    expect(forceInstallPolicy('id', 'https://u', { region: 'GB' })['3rdparty']).toEqual({ extensions: { id: { region: 'GB' } } });
  });
});
