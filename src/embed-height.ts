/**
 * What the embed page posts and to whom (embed.ts), as pure functions so node tests can hold them to it.
 */

/** Heights are rounded up to this many CSS pixels: at most this much empty space below the check. */
export const HEIGHT_STEP = 200;

/**
 * Never less than this: every question screen is at most about 1000 px tall even in a 300 px wide iframe
 * (measured in test/e2e/pack.test.ts), so while the questions show the host sees this one height whichever
 * questions are asked. The summary ("Kloppen uw antwoorden?") and the results are taller: their heights go
 * in 200 px steps.
 */
export const HEIGHT_FLOOR = 1200;

/** The page's height rounded up to a whole step, at least the floor; 0 stays 0 (not laid out yet). */
export function roundedHeight(pixels: number): number {
  if (!Number.isFinite(pixels) || pixels <= 0) return 0;
  return Math.max(HEIGHT_FLOOR, Math.ceil(pixels / HEIGHT_STEP) * HEIGHT_STEP);
}

const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The origin named by `origin=` when it is exactly an origin: https://host[:port], nothing after it. Plain
 * http:// only for localhost, to try an embed on one's own machine. Anything else gives undefined: no
 * message is posted at all.
 */
export function embedOrigin(value: string | null): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.origin !== value.replace(/\/$/, '')) return undefined;
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL.has(url.hostname))) return url.origin;
  return undefined;
}
