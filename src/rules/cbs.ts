/**
 * The CBS list of every gemeente (rules/cbs-gemeenten-2026.json) is about 5 KB gz: a chunk of its own, loaded
 * only when a name or code is not one of the covered gemeenten, to tell a real gemeente from a typo.
 */
import * as z from 'zod/mini';
import { type CbsGemeente, cbsGemeentenFile } from './schema.js';

let list: Promise<CbsGemeente[] | undefined> | undefined;

/** The list, or undefined when it does not validate (then we say we do not know the place, as before). */
export function loadCbsGemeenten(): Promise<CbsGemeente[] | undefined> {
  list ??= import('../../rules/cbs-gemeenten-2026.json').then((m) => {
    const parsed = z.safeParse(cbsGemeentenFile, m.default);
    return parsed.success ? parsed.data.gemeenten : undefined;
  });
  return list;
}
