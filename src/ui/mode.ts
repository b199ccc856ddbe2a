/** The element's modes: a resident on their own device, a shared kiosk, or a volunteer beside a resident. */
export type Mode = 'inwoner' | 'kiosk' | 'vrijwilliger';

const MODES: readonly Mode[] = ['inwoner', 'kiosk', 'vrijwilliger'];

/**
 * The mode a page asked for, read leniently as to case and spaces: `mode="KIOSK"` or `"kiosk "` must still
 * get the kiosk's protections (no links out, idle reset). A value that is no mode at all is `known: false`,
 * so the element can say so, and falls back to the resident mode.
 */
export function readMode(value: unknown): { mode: Mode; known: boolean } {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const mode = MODES.find((m) => m === text);
  return mode ? { mode, known: true } : { mode: 'inwoner', known: false };
}

/** The mode to use for a page's value; a value that is no mode is named in a console warning for the page's developers. */
export function modeOf(value: unknown): Mode {
  const { mode, known } = readMode(value);
  if (!known) console.warn(`<regelingen-check>: unknown mode ${JSON.stringify(value)}; using "inwoner" (known: inwoner, kiosk, vrijwilliger)`);
  return mode;
}
