/**
 * Issue 12: at least 2,000 generated hostile CLI inputs, each refused with exit 2 naming the field, never
 * a stack trace, never a result. They run in-process through runEvaluate, the function the CLI itself
 * calls; a handful also run through the real CLI process. The counts are printed for the closing note.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runEvaluate } from '../../src/cli/run-evaluate.js';
import { diskRules } from '../support/disk-rules.js';
import { type HostileCase, NOT_A_HOUSEHOLD, baseHouseholds, hostileCases } from './households.js';

const ROOT = join(import.meta.dirname, '../..');
const rules = diskRules();
const gemeenten = rules.organisations.flatMap((o) => o.gemeenten.map((g) => g.code));
const bases = baseHouseholds(gemeenten);
const cases: HostileCase[] = [
  ...bases.flatMap((base, i) => hostileCases(base, `${base.municipality as string}#${i}`)),
  ...NOT_A_HOUSEHOLD.map((text) => ({ name: `not a household: ${JSON.stringify(text)}`, text, field: undefined })),
];
const REFUSAL = /^(?:invalid input: (.+): ([a-z-]+)|input: cannot read JSON: .*)\n$/;
const STACK = /\n\s+at |\bat .*\(.*:\d+:\d+\)/;

/** Why a result is not a correct refusal, or undefined when it is. */
function fault(c: HostileCase, result: ReturnType<typeof runEvaluate>): string | undefined {
  if (result.code === 0) return 'WRONG RESULT: an outcome was given';
  if (result.code !== 2) return `exit ${result.code}, not 2: ${result.stderr}`;
  if (result.stdout !== '') return 'something on stdout';
  if (STACK.test(result.stderr)) return `a stack trace: ${result.stderr}`;
  const match = REFUSAL.exec(result.stderr);
  if (!match) return `no field named: ${result.stderr}`;
  if (c.field !== undefined) {
    const field = match[1] ?? '';
    if (field !== c.field && !field.startsWith(`${c.field}.`)) return `names ${field}, expected ${c.field}: ${result.stderr}`;
    if (c.code && match[2] !== c.code) return `code ${match[2]}, expected ${c.code}`;
  }
  return undefined;
}

describe('hostile CLI inputs (issue 12)', () => {
  it('every base household is valid, so each refusal is caused by its one mutation', () => {
    for (const base of bases) assert.equal(runEvaluate(JSON.stringify(base), rules).code, 0, JSON.stringify(base));
  });

  it(`${cases.length} generated hostile inputs: exit 2 naming the field, no stack trace, no result`, () => {
    assert.ok(cases.length >= 2000, `only ${cases.length} cases`);
    const faults: string[] = [];
    let wrongResults = 0;
    for (const c of cases) {
      const problem = fault(c, runEvaluate(c.text, rules));
      if (problem?.startsWith('WRONG RESULT')) wrongResults++;
      if (problem) faults.push(`${c.name}: ${problem}`);
    }
    // The counts for the closing note of issue 12.
    console.log(`hostile CLI inputs: ${cases.length} tried, ${cases.length - faults.length} refused correctly, ${wrongResults} wrong results`);
    assert.deepEqual(faults.slice(0, 20), []);
    assert.equal(wrongResults, 0);
  });

  // A sample through the real process: the same refusals reach the terminal, exit code and all.
  const sample = [0, 97, 401, 803, 1207, 1999].map((i) => cases[i % cases.length]!);
  for (const c of sample) {
    it(`the real CLI refuses ${c.name}`, () => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/evaluate.ts', '-'], { cwd: ROOT, input: c.text, encoding: 'utf8' });
      const problem = fault(c, { code: run.status as 0 | 1 | 2, stdout: run.stdout, stderr: run.stderr });
      assert.equal(problem, undefined);
    });
  }
});
