/**
 * Match patterns for the manifest and the content scripts, from the rules' hosts (hosts.ts).
 * Imports no rule: the entrypoints carry these patterns in their bundles, and the page-world
 * script must stay a kilobyte or two.
 */
import { SITE_HOSTS } from './hosts';

/** A match pattern per host: https only, any path. */
export const matchesOf = (hosts: readonly string[]): string[] => hosts.map((host) => `https://${host}/*`);

export const SOCIAL_MATCHES: string[] = [...new Set(Object.values(SITE_HOSTS).flatMap(matchesOf))];
