/** `npm run rules:check [dir]`: validates every rules file; prints file, path and reason per fault. */
import { isUnverifiedOn } from '../rules/parameter.js';
import { type ValidatedDir, validatedRulesDir } from './read-rules.js';
import { placesFaults } from './check-places.js';

let result: ValidatedDir;
try {
  result = validatedRulesDir(process.argv[2]);
} catch (error) {
  // An unreadable folder (permissions, a file where a folder should be): a sentence, not a stack trace.
  console.error(`rules:check: cannot read ${process.argv[2] ?? 'rules/'}: ${(error as Error).message}`);
  process.exit(1);
}
// rules/plaatsen-2026.json is not part of the engine's rules (the browser loads it on its own): checked here.
if (result.ok) {
  const faults = placesFaults(process.argv[2], result.rules.cbsGemeenten ?? []);
  if (faults.length > 0) result = { ok: false, files: result.files, faults };
}
if (!result.ok) {
  for (const fault of result.faults) console.error(`${fault.file}: ${fault.path}: ${fault.reason}`);
  console.error(`rules:check: ${result.faults.length} fault(s)`);
  process.exit(1);
} else {
  const files = result.files;
  const unverified = Object.entries(result.rules.national).filter(([, p]) =>
    Object.keys(p.values).some((date) => isUnverifiedOn(p, date)),
  );
  const count = Object.keys(result.rules.national).length;
  console.log(
    `rules:check: ${Object.keys(files.national).length + Object.keys(files.organisations).length + 1} files, ` +
      `${count} national parameters, ${result.rules.organisations.length} organisations, ${result.rules.gemeenten.length} gemeenten: ok (answers from ${result.firstDate})`,
  );
  for (const [id] of unverified) console.log(`  unverified: ${id}`);
}
