/**
 * `npm run size`: gzip sizes of the built module and its lazy chunks (run `npm run build` first).
 * Fails when the module is over its budget (55 KB gz) or a language chunk over 6 KB gz.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_MAIN = 55 * 1024;
const BUDGET_CHUNK = 6 * 1024;
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let over = false;
const main = gz('dist/regelingen-check.js');
console.log(`dist/regelingen-check.js: ${kb(main)} gz (budget ${kb(BUDGET_MAIN)})`);
if (main > BUDGET_MAIN) over = true;
for (const name of readdirSync('dist/chunks').sort()) {
  const size = gz(join('dist/chunks', name));
  const isLanguage = name.startsWith('translation');
  console.log(`  chunks/${name}: ${kb(size)} gz${isLanguage ? ` (budget ${kb(BUDGET_CHUNK)})` : ''}`);
  if (isLanguage && size > BUDGET_CHUNK) over = true;
}
if (over) {
  console.error('size: over budget');
  process.exit(1);
}
