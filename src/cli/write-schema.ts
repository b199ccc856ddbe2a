/** `npm run rules:schema`: writes JSON Schemas for editors from the zod schema (the source of truth). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { cbsGemeentenFile, gemeentenFile, landelijkFile, nationalFile, organisationFile, placesFile } from '../rules/schema.js';
import { RULES_DIR } from './read-rules.js';

for (const [name, schema] of [
  ['national', nationalFile],
  ['organisation', organisationFile],
  ['gemeenten', gemeentenFile],
  ['cbs-gemeenten', cbsGemeentenFile],
  ['plaatsen', placesFile],
  ['landelijk', landelijkFile],
] as const) {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' });
  writeFileSync(join(RULES_DIR, 'schema', `${name}.schema.json`), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`rules/schema/${name}.schema.json`);
}
