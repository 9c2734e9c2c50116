/**
 * Build-time only: guidance/zone-countries.ts is replaced by the map it computes (the zones of
 * the countries Safe Nudge has help for, from countries-and-timezones), so extension pages carry
 * a few kB of zones instead of the package's 41 kB table, and parse less before the popup's
 * first frame (docs/performance.md). Tested in tests/unit/zone-countries.test.ts.
 */
import type { Plugin } from 'vite';
import { zoneCountriesWithHelp } from '../guidance/zone-countries';

export const ZONE_COUNTRIES_FILE = /[\\/]guidance[\\/]zone-countries\.ts(?:\?.*)?$/;

/** The module the build ships: the same exports, the map as data. */
export function compactZoneModule(map: Record<string, string> = zoneCountriesWithHelp()): string {
  // JSON.parse of a string is the fastest way for V8 to build a plain object literal this size.
  const json = JSON.stringify(JSON.stringify(map));
  return `const ZONE_COUNTRIES = JSON.parse(${json});\nexport function zoneCountriesWithHelp() { return { ...ZONE_COUNTRIES }; }\nexport default ZONE_COUNTRIES;\n`;
}

export function compactZoneTablePlugin(): Plugin {
  return {
    name: 'safe-nudge:compact-zone-table',
    enforce: 'pre',
    transform(_code, id) {
      return ZONE_COUNTRIES_FILE.test(id) ? { code: compactZoneModule(), map: null } : null;
    },
  };
}
