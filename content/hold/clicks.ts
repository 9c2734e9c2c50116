/**
 * Clicks (and Enter/Space on controls that are not native buttons) that would connect the
 * child with a person are held; everything else passes untouched.
 */
import { classifyConnect, type ConnectHit } from '../classify/connect';
import type { SiteRule } from '../sites/types';
import { heldOwner, intercept } from './held';
import { replayClick, replayKey } from './replay';
import { decide, shownCount } from '../state';
import { loadedUI, warmUI, type ReminderUI } from '../reminder-loader';

/** The verdict on a press, key or click on this page. */
const classifyHere = (path: readonly EventTarget[], rule: SiteRule | null) => classifyConnect(path, new URL(location.href), rule);

/**
 * Delivers a held press to the element the child pressed or, if the page re-rendered it while
 * the child read the reminder, to the same control found again by the reminder UI
 * (content/reminder/refind.ts). False when it is gone: nothing is delivered, never to a stale
 * element.
 */
function releaseTo(target: EventTarget, hit: ConnectHit, rule: SiteRule | null, replay: (to: EventTarget) => void): () => false | void {
  return () => {
    const to = (target as Node).isConnected ? target : loadedUI()?.findAgain(hit.control, hit.person, (path) => classifyHere(path, rule));
    if (!to) return false;
    replay(to);
  };
}

/** Counts presses and releases, so a UI that arrives after the press ended stages nothing. */
let presses = 0;
/**
 * A press whose control is not one that connects: its click, landing on the same element
 * right after, is not classified again (one classification per click, done before the click
 * is dispatched). A hit is always checked again at the click.
 */
let missedPress: { press: number; target: EventTarget | undefined } | null = null;
/** A reminder may have been staged for this press: the release must see that it goes if unused. */
let mayHaveStaged = false;

/**
 * The child pressed a control that would be held. In the time between the press and the
 * click (a person holds the button down for about a tenth of a second), the reminder UI is
 * loaded if it is not here yet, and the reminder is staged (built and laid out, hidden), so
 * the click only reveals it and it is on screen in the click's next frame.
 */
export function onPointerDown(event: PointerEvent, rule: SiteRule | null, siteId: string): void {
  const press = ++presses;
  missedPress = null;
  if (!event.isTrusted || event.button !== 0 || heldOwner() !== null) return;
  const path = event.composedPath();
  const hit = classifyHere(path, rule);
  if (!hit) {
    missedPress = { press, target: path[0] };
    return;
  }
  const stage = (ui: ReminderUI | null) => {
    if (!ui || press !== presses || heldOwner() !== null || decide(hit.kind, siteId) !== 'pause') return;
    mayHaveStaged = true;
    ui.stageReminder(hit.kind, shownCount(hit.kind));
  };
  const ui = loadedUI();
  if (ui) stage(ui);
  else void warmUI().then(stage);
}

/**
 * The press ended. Its click, if any, is dispatched in this same task; a staged reminder the
 * click did not reveal (the child slid off the control, or the click was not held) goes.
 */
export function onPointerEnd(): void {
  presses++;
  if (!mayHaveStaged) return;
  mayHaveStaged = false;
  setTimeout(() => {
    if (heldOwner() === null) loadedUI()?.discardStaged();
  }, 0);
}

export function onClick(event: MouseEvent, path: EventTarget[], rule: SiteRule | null, siteId: string): void {
  const missedAtPress = missedPress !== null && missedPress.press === presses - 1 && missedPress.target === path[0];
  missedPress = null;
  if (missedAtPress || !event.isTrusted || event.button !== 0) return;
  const hit = classifyHere(path, rule);
  if (!hit) return;
  intercept(event, { kind: hit.kind, site: siteId, person: hit.person }, hit.control, () => ({
    release: releaseTo(path[0] ?? hit.control, hit, rule, (to) => replayClick(event, to)),
    cancel: () => undefined,
  }));
}

const NATIVE_KEY_CONTROLS = new Set(['button', 'a', 'input', 'summary']);

/** Enter or Space on a div[role=button]: the site acts on the key itself, so the key is held. */
export function onKeyDown(event: KeyboardEvent, rule: SiteRule | null, siteId: string): void {
  missedPress = null; // a click from this key is not the press's
  if (!event.isTrusted || event.repeat || (event.key !== 'Enter' && event.key !== ' ')) return;
  const path = event.composedPath();
  const hit = classifyHere(path, rule);
  if (!hit) return;
  void warmUI();
  // Native controls turn the key into a click, which onClick holds.
  if (NATIVE_KEY_CONTROLS.has(hit.control.localName)) return;
  intercept(event, { kind: hit.kind, site: siteId, person: hit.person }, hit.control, () => ({
    release: releaseTo(path[0] ?? hit.control, hit, rule, (to) => replayKey(event, to)),
    cancel: () => undefined,
  }));
}
