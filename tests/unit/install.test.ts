/** The welcome page opens once, on install only. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnce } from '../../settings/install';

afterEach(() => vi.restoreAllMocks());

describe('openWelcomeOnce', () => {
  it('opens welcome.html on install, and never again', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openWelcomeOnce('install')).toBe(true);
    expect(await openWelcomeOnce('install')).toBe(false);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0].url).toMatch(/\/welcome\.html$/);
  });

  it.each(['update', 'chrome_update', 'shared_module_update'])('does nothing on %s', async (reason) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openWelcomeOnce(reason)).toBe(false);
    expect(create).not.toHaveBeenCalled();
  });
});
