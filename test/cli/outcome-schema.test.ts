/**
 * The outcome schema (src/engine/outcome-schema.ts, published as docs/schema/outcome.schema.json) describes
 * what the CLI really prints: every golden household's outcome fits it, and so does the output of the CLI
 * process itself for one household of each organisation, with and without `work`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { evaluateWithWerkenLoont } from '../../src/engine/evaluate-with-werken-loont.js';
import { type OutcomeShape, outcomeSchema } from '../../src/engine/outcome-schema.js';
import type { Outcome } from '../../src/engine/types.js';
import { diskRules } from '../support/disk-rules.js';

const ROOT = join(import.meta.dirname, '../..');
const CASES = join(ROOT, 'test/cases');

/** Compile-time: every Outcome the engine can return is accepted by the schema's type. */
export const fitsSchema = (outcome: Outcome): OutcomeShape => outcome;

/** A golden case without its test-only fields (naam, bron, expect): the CLI contract's input. */
function household(path: string): Record<string, unknown> {
  const { naam: _n, bron: _b, expect: _e, ...input } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return input;
}

const problems = (value: unknown) => {
  const result = z.safeParse(outcomeSchema, value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; additionalProperties?: JsonSchema | boolean; anyOf?: JsonSchema[] };
const published = JSON.parse(readFileSync(join(ROOT, 'docs/schema/outcome.schema.json'), 'utf8')) as JsonSchema;

/**
 * Keys in real output that the published schema does not describe. The schema allows additions (so that
 * consumers survive a compatible extension), so this is checked here: a new field must be documented.
 */
function undocumented(value: unknown, schema: JsonSchema, path = ''): string[] {
  const options = schema.anyOf ?? [schema];
  if (Array.isArray(value)) return value.flatMap((item, i) => options.flatMap((o) => (o.items ? undocumented(item, o.items, `${path}.${i}`) : [])));
  if (!value || typeof value !== 'object') return [];
  const withProperties = options.find((o) => o.properties);
  const record = options.find((o) => !o.properties && typeof o.additionalProperties === 'object');
  return Object.entries(value).flatMap(([key, child]) => {
    const at = path ? `${path}.${key}` : key;
    const described = withProperties?.properties?.[key] ?? (record?.additionalProperties as JsonSchema | undefined);
    return described ? undocumented(child, described, at) : [at];
  });
}

const cases = readdirSync(CASES)
  .sort()
  .map((dir) => ({ dir, files: readdirSync(join(CASES, dir)).filter((f) => f.endsWith('.json')).sort() }));

describe('outcome schema', () => {
  it('accepts the outcome of every golden household (test/cases), as JSON', () => {
    const rules = diskRules();
    let count = 0;
    for (const { dir, files } of cases) {
      for (const file of files) {
        const outcome = JSON.parse(JSON.stringify(evaluateWithWerkenLoont(household(join(CASES, dir, file)), rules)));
        assert.deepEqual(problems(outcome), [], `${dir}/${file}`);
        assert.deepEqual(undocumented(outcome, published), [], `${dir}/${file}: fields missing from src/engine/outcome-schema.ts`);
        count++;
      }
    }
    assert.ok(count > 100, `expected the golden cases, found ${count}`);
  });

  for (const { dir, files } of cases) {
    it(`accepts what the CLI prints for ${dir}/${files[0]}, with a work block added`, () => {
      for (const input of [household(join(CASES, dir, files[0]!)), { ...household(join(CASES, dir, files[0]!)), work: { grossHourlyWage: '14.71', hoursPerWeek: 8 } }]) {
        const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/evaluate.ts', '-'], { cwd: ROOT, input: JSON.stringify(input), encoding: 'utf8' });
        assert.equal(run.status, 0, run.stderr);
        const outcome = JSON.parse(run.stdout);
        assert.deepEqual(problems(outcome), []);
        assert.deepEqual(undocumented(outcome, published), [], 'fields missing from src/engine/outcome-schema.ts');
        // A gemeente the check does not cover (issue 10: covered false) has no werken-loont curve.
        if ('work' in input && outcome.covered !== false) assert.ok(outcome.werkenLoont?.points.length === 41, 'the werken-loont curve is in the output');
      }
    });
  }

  it('notices a field the schema does not describe', () => {
    assert.deepEqual(undocumented({ date: '2026-07-01', extra: 1, schemes: [{ id: 'x', surprise: true }], werkenLoont: { points: [{ parts: { anyScheme: '1.00' } }] } }, published), ['extra', 'schemes.0.surprise']);
  });

  it('rejects an outcome that breaks the contract: a status outside yes/maybe/no, an amount as a number', () => {
    const outcome = JSON.parse(JSON.stringify(evaluateWithWerkenLoont(household(join(CASES, 'utrecht/alleenstaande-ouder-kind-12.json')), diskRules())));
    outcome.schemes[0].status = 'perhaps';
    outcome.norm.bijstandsnorm = 1419.46;
    assert.deepEqual(problems(outcome).map((p) => p.split(':')[0]).sort(), ['norm.bijstandsnorm', 'schemes.0.status']);
  });
});
