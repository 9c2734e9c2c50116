/**
 * The family's own details to protect, as the chat check matches them: read from
 * storage.local when the check loads (in this isolated world, which pages cannot read), kept
 * fresh by storage change events, validated (model/protected-details.ts) and prepared once
 * (chat/personal/family.ts). Never in nudge.js, never written anywhere, never put in the page.
 */
import { PROTECTED_DETAILS_KEY } from '../../vocabulary/protected-details';
import { storedDetails } from '../../model/protected-details';
import { prepareDetail, type PreparedDetail } from '../../chat/personal/family';
import { ext } from '../ext';

let prepared: readonly PreparedDetail[] = [];

function use(raw: unknown): void {
  prepared = storedDetails(raw).map(prepareDetail).filter((detail): detail is PreparedDetail => detail !== null);
}

/** The details in force now (none until the first read answers, or if storage cannot be read). */
export const ownDetails = (): readonly PreparedDetail[] => prepared;

/** Starts reading; resolves once the stored list is in (or could not be read). */
export function startOwnDetails(): Promise<void> {
  const api = ext();
  if (!api) return Promise.resolve();
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PROTECTED_DETAILS_KEY in changes) use(changes[PROTECTED_DETAILS_KEY]!.newValue);
  });
  return api.storage.local.get([PROTECTED_DETAILS_KEY]).then((values) => use(values[PROTECTED_DETAILS_KEY]), () => undefined);
}
