/**
 * Calls back with the settings in force whenever a stored setting or the managed policy
 * changes, so every page and the content script follow a change without reloading.
 */
import { browser } from 'wxt/browser';
import { SETTINGS_KEYS } from '../model/settings';
import { readEffectiveSettings } from './read';
import type { Effective } from '../model/policy';

export function watchSettings(onChange: (effective: Effective) => void): () => void {
  const keys: readonly string[] = SETTINGS_KEYS;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && Object.keys(changes).some((key) => keys.includes(key)))) {
      void readEffectiveSettings().then(onChange);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
