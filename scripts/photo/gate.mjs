// What the two gate benches (scripts/photo-gate-bench.mjs in Chromium, -firefox.mjs in Firefox)
// share: the two settings they alternate, the clock both sides read, and how a series is summed up.

/** "Only when a photo may show nudity": held while checked. */
export const GATE = { photoScope: 'nudity', kinds: { 'image-upload': { enabled: true, mode: 'pause' } } };
/** Photo reminders off: what choosing a file costs anyway. */
export const OFF = { photoScope: 'nudity', kinds: { 'image-upload': { enabled: false, mode: 'pause' } } };

/** Epoch milliseconds, as a page's `performance.timeOrigin + performance.now()` gives them. */
export const now = () => performance.timeOrigin + performance.now();

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
/** To 0.1 ms. */
export const round = (x) => Math.round(x * 10) / 10;

/** p50, p95 and max of a series, to 0.1 ms. */
export const summary = (xs) => ({ p50: round(quantile(xs, 0.5)), p95: round(quantile(xs, 0.95)), max: round(Math.max(...xs)) });

/** Polls `read` (the page's n-th arrival time) until it gives one; undefined after 10 s. */
export async function arrival(read) {
  for (const start = now(); now() - start < 10_000; ) {
    const arrived = await read();
    if (arrived !== undefined) return arrived;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return undefined;
}
