/**
 * `npm run size`: gzip sizes of what the element loads at start (the module and every chunk it imports
 * statically) and of each chunk loaded on demand (run `npm run build` first). Fails when the start is over
 * 55 KB gz or a language chunk over 6 KB gz.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_START = 55 * 1024;
const BUDGET_LANGUAGE = 6 * 1024;
const ENTRY = 'dist/regelingen-check.js';
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The entry and everything it imports statically: what a page loads before the element can render. */
function startFiles(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static imports and re-exports: `import … from "./x.js"`, `import "./x.js"`, `export {…} from "./x.js"`
  // (minified, so without spaces); dynamic `import("./x.js")` is loaded on demand and not followed.
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])(?:import|export)(?:[^"'();]*?from)?\s*["'](\.[^"']+)["']/g)) {
    startFiles(join(dirname(file), spec), seen);
  }
  return seen;
}

const start = [...startFiles(ENTRY)];
const startSize = start.reduce((sum, f) => sum + gz(f), 0);
console.log(`at start: ${kb(startSize)} gz (budget ${kb(BUDGET_START)}): ${start.map((f) => relative('dist', f)).join(', ')}`);
let over = startSize > BUDGET_START;
for (const name of readdirSync('dist/chunks').sort()) {
  const path = join('dist/chunks', name);
  if (start.includes(path)) continue;
  const size = gz(path);
  const isLanguage = name.startsWith('locale-');
  console.log(`  on demand: chunks/${name}: ${kb(size)} gz${isLanguage ? ` (budget ${kb(BUDGET_LANGUAGE)})` : ''}`);
  if (isLanguage && size > BUDGET_LANGUAGE) over = true;
}
// A resident's whole check in Dutch: the start, the largest organisation's rules, and the results screen
// (engine and result cards) with what it imports. Printed for honesty; the budget is for the start.
const names = readdirSync('dist/chunks');
const chunk = (prefix) => names.filter((n) => n.startsWith(prefix)).map((n) => join('dist/chunks', n));
const largestRules = chunk('rules-').sort((a, b) => gz(b) - gz(a))[0];
const results = chunk('results-view-')[0];
if (results && largestRules) {
  const path = new Set([...start, largestRules, ...startFiles(results)]);
  const total = [...path].reduce((sum, f) => sum + gz(f), 0);
  console.log(`a whole check (start + ${relative('dist', largestRules)} + results screen): ${kb(total)} gz`);
  const section = chunk('werken-loont-section-')[0];
  if (section) {
    const withWork = new Set([...path, ...startFiles(section)]);
    console.log(`  with "Loont meer werken?": ${kb([...withWork].reduce((sum, f) => sum + gz(f), 0))} gz`);
  }
}
if (over) {
  console.error('size: over budget');
  process.exit(1);
}
