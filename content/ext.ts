/**
 * The few extension APIs the content script needs, without the polyfill: Firefox's `browser`
 * and Chrome MV3's `chrome` both return promises for these calls. Keeps the always-loaded
 * script small (see the size budget in npm test).
 */
interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
export interface ExtPort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}
interface ExtApi {
  storage: {
    local: StorageArea;
    onChanged: { addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown>; getURL(path: string): string; connect?(info: { name: string }): ExtPort };
}

export function ext(): ExtApi | null {
  const g = globalThis as { browser?: ExtApi; chrome?: ExtApi };
  return g.browser?.storage ? g.browser : g.chrome?.storage ? g.chrome : null;
}

export function message(key: string, substitutions?: string | string[]): string {
  try {
    return ext()?.i18n.getMessage(key, substitutions) || '';
  } catch {
    return '';
  }
}
