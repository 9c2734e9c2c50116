/**
 * Match patterns for the manifest, built from the rules' hosts. Kept free of rule logic so
 * wxt.config.ts can import it without pulling page code into the build config.
 */
import { SITE_RULES } from './index';

export const SOCIAL_MATCHES: string[] = [
  ...new Set(SITE_RULES.flatMap((rule) => rule.hosts.map((host) => `https://${host}/*`))),
];
