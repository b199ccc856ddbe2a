/**
 * `npm run docs`: the generated parts of docs/ (JSON Schemas of the CLI contract, the reason-code table,
 * the rules section of the Algoritmeregister description). Run after changing the engine's types, the
 * input or outcome schema, the reason codes or rules/.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, generatedDocs } from '../docs/generate.js';
import { validatedRulesDir } from './read-rules.js';

const validated = validatedRulesDir();
if (!validated.ok) {
  console.error(validated.faults.map((f) => `rules: ${f.file}: ${f.path}: ${f.reason}`).join('\n'));
  process.exit(1);
}
for (const [path, content] of Object.entries(generatedDocs(validated.rules, validated.files))) {
  writeFileSync(join(ROOT, path), content);
  console.log(path);
}
