/**
 * How the popup starts (issue 9, part 4: help on screen at once). The first frame is the help
 * list for the region known without asking any storage: the region the last extension page
 * showed (components/popup/last-region.ts, read synchronously), so the time-zone table
 * (≈ 33 kB) is not in the first chunk. Only when there is no such hint (a popup opened before
 * any popup or the welcome page ever ran) is this computer's guess needed first; it comes with
 * the table in a chunk of its own. The rest of the popup is fetched and run after the first
 * frame is painted, so it cannot delay the number.
 */
import { render } from 'preact';
import { FirstFrame } from './FirstFrame';
import { lastRegion } from './last-region';

/** The region for the first frame: the hint at once, else this computer's guess (a lazy chunk). */
export function firstFrameRegion(): string | Promise<string> {
  const hint = lastRegion();
  if (hint) return hint.region;
  return import('../../guidance/locale').then(({ browserGuess }) => browserGuess().region);
}

export function startPopup(app: HTMLElement): void {
  const loadRest = () => void import('./Popup').then(({ Popup }) => render(<Popup />, app));
  const paintFirst = (region: string) => {
    render(<FirstFrame region={region} />, app);
    requestAnimationFrame(() => setTimeout(loadRest, 0));
  };
  const region = firstFrameRegion();
  if (typeof region === 'string') paintFirst(region);
  else region.then(paintFirst, loadRest);
}
