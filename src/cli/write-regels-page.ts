/** `npm run rules:page`: validates rules/ and writes demo/regels.html, the public list of every figure and its source. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRegelsPage } from '../rules/regels-page.js';
import { validateRules } from '../rules/validate.js';
import { readRulesDir } from './read-rules.js';

const REGELS_PAGE = join(import.meta.dirname, '../../demo/regels.html');

const files = readRulesDir();
const result = validateRules(files);
const faults = [...files.faults, ...(result.ok ? [] : result.faults)];
if (!result.ok || faults.length > 0) {
  for (const fault of faults) console.error(`${fault.file}: ${fault.path}: ${fault.reason}`);
  console.error(`rules:page: ${faults.length} fault(s) in rules/; run npm run rules:check`);
  process.exit(1);
}
writeFileSync(REGELS_PAGE, renderRegelsPage(result.rules, files));
console.log(`rules:page: wrote ${REGELS_PAGE}`);
