/**
 * `npm run --silent evaluate -- <household.json | ->`: prints the outcome as JSON (exit 0), or names the
 * faulty field on stderr (exit 2). Broken rules exit 1: that is our fault, not the input's.
 */
import { readFileSync } from 'node:fs';
import { evaluateWithWerkenLoont as evaluate } from '../engine/evaluate-with-werken-loont.js';
import { InputError } from '../engine/input.js';
import { validatedRulesDir } from './read-rules.js';

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const arg = process.argv[2];
if (!arg) fail(2, 'usage: npm run --silent evaluate -- <household.json | ->');

let input: unknown;
try {
  input = JSON.parse(readFileSync(arg === '-' ? 0 : arg, 'utf8'));
} catch (error) {
  fail(2, `input: cannot read JSON from ${arg}: ${(error as Error).message}`);
}

const validated = validatedRulesDir();
if (!validated.ok) fail(1, validated.faults.map((f) => `rules: ${f.file}: ${f.path}: ${f.reason}`).join('\n'));

try {
  process.stdout.write(`${JSON.stringify(evaluate(input, validated.rules), null, 2)}\n`);
} catch (error) {
  if (error instanceof InputError) fail(2, `invalid input: ${error.field}: ${error.code}`);
  throw error;
}
