/**
 * The family's region decides which contacts are shown. A region is only ever chosen from
 * a locale's country part, so a family in the US is never shown 999.
 */
import { FALLBACK_REGION } from './contacts';

const COUNTRY_TO_REGION: Record<string, string> = {
  GB: 'GB', UK: 'GB', IM: 'GB', JE: 'GB', GG: 'GB',
  IE: 'IE', US: 'US', CA: 'CA', AU: 'AU', NZ: 'NZ',
};

/** "en-GB" → "GB", "fr-CA" → "CA", "cy" (Welsh) → "GB", anything else → "INTL". */
export function regionFromLocale(locale: string | undefined | null): string {
  if (!locale) return FALLBACK_REGION;
  const parts = locale.replace(/_/g, '-').split('-');
  const language = parts[0]?.toLowerCase();
  const country = parts.slice(1).find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase();
  if (country && COUNTRY_TO_REGION[country]) return COUNTRY_TO_REGION[country]!;
  if (!country && (language === 'cy' || language === 'gd')) return 'GB';
  return FALLBACK_REGION;
}
