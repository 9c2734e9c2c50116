/**
 * Managed policy: a family or school that force-installs Safe Nudge (Chrome/Edge
 * `3rdparty` policy, Firefox `policies.json`) can set any setting. What a policy may set, and
 * how it wins over the parent's choices, is model/policy.ts; this reads it from the browser.
 */
import { browser } from 'wxt/browser';
import { REGION_CODES } from '../guidance/contacts';
import { validManaged, type ManagedSettings } from '../model/policy';

/**
 * Reads storage.managed. Chrome answers {} with no policy; Firefox throws when there is no
 * policies.json entry, and some test or embedded browsers have no managed area: all mean "none".
 */
export async function readManaged(): Promise<ManagedSettings> {
  try {
    return validManaged(await browser.storage.managed.get(null), REGION_CODES);
  } catch {
    return {};
  }
}
