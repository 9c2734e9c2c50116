/**
 * One value in browser.storage.local. WXT's storage items read their key once when defined
 * (to run migrations, which Safe Nudge has none of): seven reads before an extension page
 * could ask for anything, queued ahead of the popup's first read. These read only when asked.
 */
import { browser } from 'wxt/browser';

export interface LocalItem<T> {
  /** The stored value, or the fallback when nothing is stored. */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
}

export function localItem<T>(key: string, fallback: T): LocalItem<T> {
  return {
    getValue: async () => ((await browser.storage.local.get(key))[key] as T | undefined) ?? fallback,
    setValue: (value) => browser.storage.local.set({ [key]: value }),
    removeValue: () => browser.storage.local.remove(key),
  };
}

/** Several stored values in one read (one round trip to the browser), keyed by name. */
export async function readLocal(keys: readonly string[]): Promise<Record<string, unknown>> {
  return browser.storage.local.get([...keys]);
}
