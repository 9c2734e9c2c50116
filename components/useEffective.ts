/** The settings in force and what a policy locks, kept up to date while the page is open. */
import { useEffect, useState } from 'preact/hooks';
import type { Effective } from '../model/policy';
import { readEffectiveSettings } from '../settings/read';
import { watchSettings } from '../settings/watch';

/**
 * `refresh` re-reads at once: a page calls it right after saving, so a controlled checkbox
 * never flicks back to the old value while the storage change event is on its way.
 */
export function useEffective(): [Effective | null, () => Promise<void>] {
  const [effective, setEffective] = useState<Effective | null>(null);
  const refresh = async () => setEffective(await readEffectiveSettings());
  useEffect(() => {
    let live = true;
    void readEffectiveSettings().then((next) => live && setEffective(next));
    const stop = watchSettings((next) => live && setEffective(next));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return [effective, refresh];
}
