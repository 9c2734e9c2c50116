/**
 * The region the popup showed last, kept in the extension's localStorage so the next popup
 * can show the same help in its very first frame, before any extension storage answers (on
 * the first open after the browser starts, chrome.storage and the managed policy take over a
 * second; chrome.storage.session is asynchronous too). It is only a hint: the settings, when
 * they arrive, decide. Just a region code and why, nothing about the child.
 */
import { REGION_CODES } from '../../guidance/contacts';
import type { RegionChoice, RegionSource } from '../../guidance/locale';

const KEY = 'safe-nudge:last-region';
const SOURCES: readonly RegionSource[] = ['policy', 'chosen', 'guess', 'fallback'];

export function lastRegion(): RegionChoice | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<RegionChoice> | null;
    if (value && REGION_CODES.includes(value.region ?? '') && SOURCES.includes(value.source as RegionSource)) {
      return { region: value.region!, source: value.source! };
    }
  } catch {
    // No localStorage, or something else in the key: no hint.
  }
  return null;
}

export function rememberRegion(choice: RegionChoice): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ region: choice.region, source: choice.source }));
  } catch {
    // Storage full or blocked: the next popup guesses again.
  }
}
