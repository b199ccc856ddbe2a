/** `npm run rules:page`: validates rules/ and writes demo/regels.html, the public list of every figure and its source. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRegelsPage } from '../rules/regels-page.js';
import { validatedRulesDir } from './read-rules.js';

const REGELS_PAGE = join(import.meta.dirname, '../../demo/regels.html');

const result = validatedRulesDir();
if (!result.ok) {
  for (const fault of result.faults) console.error(`${fault.file}: ${fault.path}: ${fault.reason}`);
  console.error(`rules:page: ${result.faults.length} fault(s) in rules/; run npm run rules:check`);
  process.exit(1);
}
writeFileSync(REGELS_PAGE, renderRegelsPage(result.rules, result.files));
console.log(`rules:page: wrote ${REGELS_PAGE}`);
