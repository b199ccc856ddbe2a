/**
 * Resolves when the browser has nothing else to do (or after 2 s): for work done ahead of a click, such as
 * the results while the summary is read. Safari has no requestIdleCallback; a short timeout stands in.
 */
export function whenIdle(): Promise<unknown> {
  return new Promise((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(resolve, { timeout: 2000 }) : setTimeout(resolve, 100)));
}
