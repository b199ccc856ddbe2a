/**
 * rules/plaatsen-2026.json (every woonplaats and PC4, ≈ 11 KB gz) is a chunk of its own: loaded only when what a
 * resident typed is not one of the covered gemeenten, together with the CBS list (cbs.ts).
 */
import type { PlacesFile } from './schema.js';

let file: Promise<PlacesFile | undefined> | undefined;

/** The places, or undefined when the chunk cannot be loaded (then the UI offers the list of gemeenten). */
export function loadPlaces(): Promise<PlacesFile | undefined> {
  file ??= import('../../rules/plaatsen-2026.json').then(
    (m) => m.default as unknown as PlacesFile,
    () => undefined,
  );
  return file;
}
