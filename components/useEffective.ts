/** The settings in force and what a policy locks, kept up to date while the page is open. */
import { useEffect, useState } from 'preact/hooks';
import type { Effective } from '../settings/managed';
import { readEffectiveSettings } from '../settings/read';
import { watchSettings } from '../settings/watch';

export function useEffective(): Effective | null {
  const [effective, setEffective] = useState<Effective | null>(null);
  useEffect(() => {
    let live = true;
    void readEffectiveSettings().then((next) => live && setEffective(next));
    const stop = watchSettings((next) => live && setEffective(next));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return effective;
}
