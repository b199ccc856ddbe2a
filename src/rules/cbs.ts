/**
 * The CBS list of every gemeente (rules/cbs-gemeenten-2026.json) is about 5 KB gz: a chunk of its own, loaded
 * only when a name or code is not one of the covered gemeenten, to tell a real gemeente from a typo. Like
 * the other bundled rules it was validated when the bundle was built (vite.config.ts).
 */
import type { CbsGemeente } from './schema.js';

let list: Promise<CbsGemeente[] | undefined> | undefined;

/** The list, or undefined when its chunk cannot be loaded (then we say we do not know the place, as before). */
export function loadCbsGemeenten(): Promise<CbsGemeente[] | undefined> {
  list ??= import('../../rules/cbs-gemeenten-2026.json').then(
    (m) => (m.default as { gemeenten: CbsGemeente[] }).gemeenten,
    () => undefined,
  );
  return list;
}
