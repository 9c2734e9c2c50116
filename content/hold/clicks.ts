/**
 * Clicks (and Enter/Space on controls that are not native buttons) that would connect the
 * child with a person are held; everything else passes untouched.
 */
import { classifyConnect } from '../classify/connect';
import type { SiteRule } from '../sites/types';
import { intercept } from './held';
import { replayClick, replayKey } from './replay';
import { loadedUI, warmUI } from '../reminder-loader';

/**
 * The child pressed a control that would be held: load the reminder UI now, in the time
 * between the press and the click, so the reminder can show in the click's own task.
 */
export function onPointerDown(event: PointerEvent, rule: SiteRule | null): void {
  if (loadedUI() || !event.isTrusted || event.button !== 0) return;
  if (classifyConnect(event.composedPath(), new URL(location.href), rule)) warmUI();
}

export function onClick(event: MouseEvent, rule: SiteRule | null, siteId: string): void {
  if (!event.isTrusted || event.button !== 0) return;
  const path = event.composedPath();
  const hit = classifyConnect(path, new URL(location.href), rule);
  if (!hit) return;
  const target = path[0] ?? hit.control;
  intercept(event, { kind: hit.kind, site: siteId, person: hit.person }, hit.control, () => ({
    release: () => replayClick(event, target),
    cancel: () => undefined,
  }));
}

const NATIVE_KEY_CONTROLS = new Set(['button', 'a', 'input', 'summary']);

/** Enter or Space on a div[role=button]: the site acts on the key itself, so the key is held. */
export function onKeyDown(event: KeyboardEvent, rule: SiteRule | null, siteId: string): void {
  if (!event.isTrusted || event.repeat || (event.key !== 'Enter' && event.key !== ' ')) return;
  const path = event.composedPath();
  const hit = classifyConnect(path, new URL(location.href), rule);
  if (!hit) return;
  warmUI();
  // Native controls turn the key into a click, which onClick holds.
  if (NATIVE_KEY_CONTROLS.has(hit.control.localName)) return;
  intercept(event, { kind: hit.kind, site: siteId, person: hit.person }, hit.control, () => ({
    release: () => replayKey(event, path[0] ?? hit.control),
    cancel: () => undefined,
  }));
}
