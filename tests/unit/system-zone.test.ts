/**
 * The computer's zone comes from Temporal when the browser has it (cheap on a cold page) and
 * from Intl otherwise (guidance/system-zone.ts); both name the same IANA zone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemTimeZone } from '../../guidance/system-zone';

const intlZone = () => new Intl.DateTimeFormat().resolvedOptions().timeZone;

describe('systemTimeZone', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("takes Temporal's zone and does not build a DateTimeFormat", () => {
    vi.stubGlobal('Temporal', { Now: { timeZoneId: () => 'Europe/Warsaw' } });
    const format = vi.spyOn(Intl, 'DateTimeFormat');
    expect(systemTimeZone()).toBe('Europe/Warsaw');
    expect(format).not.toHaveBeenCalled();
  });

  it("asks Intl when there is no Temporal, or it has no zone, or it throws", () => {
    vi.stubGlobal('Temporal', undefined);
    expect(systemTimeZone()).toBe(intlZone());
    vi.stubGlobal('Temporal', { Now: {} });
    expect(systemTimeZone()).toBe(intlZone());
    vi.stubGlobal('Temporal', { Now: { timeZoneId: () => '' } });
    expect(systemTimeZone()).toBe(intlZone());
    vi.stubGlobal('Temporal', { Now: { timeZoneId: () => { throw new RangeError('no zone'); } } });
    expect(systemTimeZone()).toBe(intlZone());
  });

  it('gives null when neither can say', () => {
    vi.stubGlobal('Temporal', undefined);
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(() => {
      throw new Error('no ICU');
    });
    expect(systemTimeZone()).toBeNull();
  });
});
