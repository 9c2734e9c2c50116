/** Whether a parents' PIN is set (null until known): pages that change a setting outside the options page lock it then. */
import { useEffect, useState } from 'preact/hooks';
import { readPin } from '../settings/pin';

export function usePinSet(): boolean | null {
  const [pinSet, setPinSet] = useState<boolean | null>(null);
  useEffect(() => void readPin().then((pin) => setPinSet(pin !== null), () => setPinSet(false)), []);
  return pinSet;
}
