/**
 * The picture-reducing file is imported into the page script once: a second import() of a
 * module already loaded still waits for a task of its own in Chromium (8–18 ms between a chosen
 * photo and the start of its reading, docs/performance.md), a kept promise does not.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const loads = vi.hoisted(() => ({ count: 0, fail: false, files: [] as string[] }));
vi.mock('../../content/lazy-module', async (original) => ({
  ...(await original<typeof import('../../content/lazy-module')>()),
  importFromExtension: async (file: string, name: string) => {
    loads.count++;
    loads.files.push(`${file}#${name}`);
    if (loads.fail) throw new Error('not loadable');
    return { messageOf: async () => ({ data: 'data:,' }) };
  },
}));

beforeEach(() => {
  vi.resetModules();
  Object.assign(loads, { count: 0, fail: false, files: [] });
});

describe('importPhotoInput', () => {
  it('loads the file once and hands every later caller the same module', async () => {
    const { importPhotoInput } = await import('../../content/photo/input-import');
    const [first, second] = await Promise.all([importPhotoInput(), importPhotoInput()]);
    const third = await importPhotoInput();
    // The file the built extension holds (.output/chrome-mv3/content-scripts/photo-input.js) and its export.
    expect(loads.files).toEqual(['content-scripts/photo-input.js#photoInput']);
    expect(second).toBe(first);
    expect(third).toBe(first);
  });

  it('a load that failed is tried again by the next call, and then kept', async () => {
    const { importPhotoInput } = await import('../../content/photo/input-import');
    loads.fail = true;
    await expect(importPhotoInput()).rejects.toThrow('not loadable');
    loads.fail = false;
    const module = await importPhotoInput();
    expect(await importPhotoInput()).toBe(module);
    expect(loads.count).toBe(2);
  });
});
