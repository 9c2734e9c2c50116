// Types of phone-metadata.mjs for the unit tests that import it.
export declare const COUNTRIES: string[];
export declare const FORMATS: number;
export declare function subset(
  max: unknown,
  countries?: readonly string[],
  options?: { formats?: boolean },
): { version: number; country_calling_codes: Record<string, string[]>; countries: Record<string, unknown[]>; nonGeographic: Record<string, never> };
