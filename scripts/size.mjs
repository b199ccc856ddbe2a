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
if (over) {
  console.error('size: over budget');
  process.exit(1);
}
