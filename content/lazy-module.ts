/**
 * A file of the extension that the page script loads into this isolated world with import()
 * only when it is needed (the reminder UI, the chat check), once. One loader for both, so the
 * page script carries this logic once.
 */
import { ext } from './ext';

export interface LazyModule<T> {
  /** The module if it is here already (then an event can be answered in its own task). */
  loaded(): T | null;
  /** Loads it once; a load that failed is tried again by the next call. */
  load(): Promise<T>;
}

export function lazyModule<T>(importIt: () => Promise<T>): LazyModule<T> {
  let loaded: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    loaded: () => loaded,
    load: () =>
      (loading ??= importIt().then(
        (module) => (loaded = module),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
  };
}

/**
 * The export `name` of the extension's `file`. No runtime (an orphaned copy) or no such export
 * in the file: an error, and the caller goes on as without it.
 */
export async function importFromExtension<T>(file: string, name: string): Promise<T> {
  const url = ext()?.runtime.getURL(file);
  const module = (await import(/* @vite-ignore */ url!)) as Record<string, T | undefined>;
  const value = module[name];
  if (!value) throw Error();
  return value;
}
