/**
 * The computer's time zone, and the country of it when Safe Nudge has help there, read
 * synchronously so an extension page can show help in its first frame.
 */
import ZONE_COUNTRIES from './zone-countries';

/** The part of Temporal (Chromium 144+, Firefox 139+) read here; TypeScript 5.9 has no types for it yet. */
interface TemporalNow {
  Now?: { timeZoneId?: () => string };
}

/**
 * The computer's zone, e.g. "Europe/Berlin"; null when the browser can't say. Temporal's
 * answer first: on the first page after the browser starts, Intl.DateTimeFormat() loads
 * ICU's date-format data and took 30–48 ms on this machine, most of the popup's cold script
 * time (docs/performance.md), while Temporal.Now.timeZoneId() reads the same zone in well
 * under 1 ms. Browsers without Temporal ask Intl.
 */
export function systemTimeZone(): string | null {
  try {
    const temporal = (globalThis as { Temporal?: TemporalNow }).Temporal;
    const zone = temporal?.Now?.timeZoneId?.();
    if (zone) return zone;
  } catch {
    // A Temporal that throws: ask Intl.
  }
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

/**
 * The country of a zone when that country has help of its own or is in the EU (Europe/Berlin →
 * DE, Europe/Vienna → AT); null for every other zone (Asia/Kolkata, UTC, unknown names), which
 * the region guess treats alike: the safe fallback.
 */
export function helpCountryOfTimeZone(zone: string | null | undefined): string | null {
  if (!zone || !Object.prototype.hasOwnProperty.call(ZONE_COUNTRIES, zone)) return null;
  return ZONE_COUNTRIES[zone] ?? null;
}
