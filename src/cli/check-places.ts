/** rules/plaatsen-2026.json against its schema and the CBS list: every gemeente code must be a gemeente of the year. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { type CbsGemeente, placesFile } from '../rules/schema.js';
import type { Fault } from '../rules/validate.js';
import { RULES_DIR } from './read-rules.js';

const FILE = 'plaatsen-2026.json';

export function placesFaults(dir = RULES_DIR, cbs: CbsGemeente[]): Fault[] {
  const path = join(dir, FILE);
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return [{ file: FILE, path: '(file)', reason: `not valid JSON: ${(error as Error).message}` }];
  }
  const parsed = z.safeParse(placesFile, data);
  if (!parsed.success) return parsed.error.issues.map((i) => ({ file: FILE, path: i.path.join('.') || '(root)', reason: i.message }));
  const real = new Set(cbs.map((g) => g.code));
  const { postcodes, gedeeldePostcodes, woonplaatsen, andereNamen } = parsed.data;
  const used = [
    ...Object.keys(postcodes).map((c) => ['postcodes', c] as const),
    ...Object.entries(gedeeldePostcodes).flatMap(([pc, codes]) => codes.map((c) => [`gedeeldePostcodes.${pc}`, c] as const)),
    ...Object.keys(woonplaatsen).map((c) => ['woonplaatsen', c] as const),
    ...Object.entries(andereNamen).map(([name, a]) => [`andereNamen.${name}`, a.gemeente] as const),
  ];
  return used.filter(([, c]) => !real.has(c)).map(([where, c]) => ({ file: FILE, path: where, reason: `${c} is not a gemeente in cbs-gemeenten-2026.json` }));
}
