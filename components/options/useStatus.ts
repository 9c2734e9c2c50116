/** One polite status line per page, for "Saved." and friends. */
import { useState } from 'preact/hooks';
import { t } from '../../guidance/i18n';
import { LockedError } from '../../settings/write';

export function useStatus() {
  const [status, setStatus] = useState('');
  /** Runs a save and says how it went. */
  const run = async (save: () => Promise<unknown>, done = 'saved') => {
    try {
      await save();
      setStatus(t(done));
    } catch (error) {
      setStatus(t(error instanceof LockedError ? 'setByPolicy' : 'saveFailed'));
    }
  };
  return { status, setStatus, run };
}
