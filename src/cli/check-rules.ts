/** `npm run rules:check [dir]`: validates every rules file; prints file, path and reason per fault. */
import { validateRules } from '../rules/validate.js';
import { isUnverifiedOn } from '../rules/parameter.js';
import { readRulesDir } from './read-rules.js';

const dir = process.argv[2];
const files = readRulesDir(dir);
const result = validateRules(files);
const faults = [...files.faults, ...(result.ok ? [] : result.faults)];

if (faults.length > 0) {
  for (const fault of faults) console.error(`${fault.file}: ${fault.path}: ${fault.reason}`);
  console.error(`rules:check: ${faults.length} fault(s)`);
  process.exit(1);
}
if (result.ok) {
  const unverified = Object.entries(result.rules.national).filter(([, p]) =>
    Object.keys(p.values).some((date) => isUnverifiedOn(p, date)),
  );
  const count = Object.keys(result.rules.national).length;
  console.log(
    `rules:check: ${Object.keys(files.national).length + Object.keys(files.organisations).length} files, ` +
      `${count} national parameters, ${result.rules.organisations.length} organisations, ${result.rules.gemeenten.length} gemeenten: ok (answers from ${result.firstDate})`,
  );
  for (const [id] of unverified) console.log(`  unverified: ${id}`);
}
