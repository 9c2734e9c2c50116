/**
 * The family's own details to protect, as the options page reads and saves them: in
 * browser.storage.local only (never storage.sync, never a managed policy, see
 * docs/protected-details.md), validated both ways with model/protected-details.ts.
 */
import { PROTECTED_DETAILS_KEY, type ProtectedDetail } from '../vocabulary/protected-details';
import { validProtectedDetails } from '../model/protected-details';
import { localItem } from './local-item';

const item = localItem<unknown>(PROTECTED_DETAILS_KEY, []);

export async function readProtectedDetails(): Promise<ProtectedDetail[]> {
  return validProtectedDetails(await item.getValue().catch(() => []));
}

export async function saveProtectedDetails(details: readonly ProtectedDetail[]): Promise<void> {
  await item.setValue(validProtectedDetails(details));
}
