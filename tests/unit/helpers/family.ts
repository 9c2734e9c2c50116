/**
 * A family's computer, as the region guess reads it: the browser's languages and the time
 * zone Intl reports. Undo with vi.restoreAllMocks().
 */
import { vi } from 'vitest';

const resolvedOptions = Intl.DateTimeFormat.prototype.resolvedOptions;

export function family(languages: string[], timeZone: string): void {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
    return { ...resolvedOptions.call(this), timeZone };
  });
}
