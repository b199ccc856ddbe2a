/**
 * `npm run --silent evaluate -- <household.json | ->`: prints the outcome as JSON (exit 0), or names the
 * faulty field on stderr (exit 2). Broken rules exit 1: that is our fault, not the input's.
 */
import { readFileSync } from 'node:fs';
import { validatedRulesDir } from './read-rules.js';
import { runEvaluate } from './run-evaluate.js';

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const arg = process.argv[2];
if (!arg) fail(2, 'usage: npm run --silent evaluate -- <household.json | ->');

let text: string;
try {
  text = readFileSync(arg === '-' ? 0 : arg, 'utf8');
} catch (error) {
  fail(2, `input: cannot read JSON from ${arg}: ${(error as Error).message}`);
}

const validated = validatedRulesDir();
if (!validated.ok) fail(1, validated.faults.map((f) => `rules: ${f.file}: ${f.path}: ${f.reason}`).join('\n'));

const result = runEvaluate(text, validated.rules);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code; // not process.exit: a long outcome on a pipe must be written in full
