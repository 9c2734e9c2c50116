/** One polite status line per page, for "Saved." and friends. */
import { useState } from 'preact/hooks';
import { t } from '../../guidance/i18n';
import { LockedError } from '../../settings/write';

/**
 * `refresh` re-reads the settings after every save, before the status shows, so the form
 * shows what was saved (or, when a policy refused it, the value in force).
 */
export function useStatus(refresh: () => Promise<void>) {
  const [status, setStatus] = useState('');
  const run = async (save: () => Promise<unknown>, done = 'saved') => {
    let message: string;
    try {
      await save();
      message = t(done);
    } catch (error) {
      message = t(error instanceof LockedError ? 'setByPolicy' : 'saveFailed');
    }
    await refresh().catch(() => undefined);
    setStatus(message);
  };
  return { status, setStatus, run };
}
