/**
 * Golden households: every file in test/cases is a household (the CLI contract's input) plus `naam`
 * (what it shows), `bron` (where the expected values come from) and `expect`: paths into the outcome,
 * where `schemes.<id>` picks the scheme with that id, and `null` expects the path to be absent. A file can be run by hand with
 * `npm run --silent evaluate -- test/cases/<dir>/<file>.json`.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { evaluateWithWerkenLoont as evaluate } from '../../src/engine/evaluate-with-werken-loont.js';
import type { Outcome } from '../../src/engine/types.js';
import { diskRules } from '../support/disk-rules.js';

const CASES = join(import.meta.dirname, '../cases');
const rules = diskRules();

interface GoldenCase {
  naam: string;
  bron: string;
  expect: Record<string, unknown>;
}

function pick(outcome: Outcome, path: string): unknown {
  let value: unknown = outcome;
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === 'schemes' && Array.isArray((value as Outcome).schemes)) {
      const id = parts[++i];
      value = (value as Outcome).schemes.find((s) => s.id === id);
    } else value = (value as Record<string, unknown> | undefined)?.[part];
  }
  return value;
}

for (const dir of readdirSync(CASES).sort()) {
  describe(`golden: ${dir}`, () => {
    for (const file of readdirSync(join(CASES, dir)).filter((f) => f.endsWith('.json')).sort()) {
      const data = JSON.parse(readFileSync(join(CASES, dir, file), 'utf8')) as GoldenCase;
      it(`${data.naam} (${file})`, () => {
        assert.ok(data.bron && data.bron.length > 10, 'every case names the source of its expected values');
        // The case file carries its name, source and expectations next to the household: strip them, as
        // the strict input refuses unknown keys.
        const { naam: _naam, bron: _bron, expect: _expect, ...household } = data;
        const outcome = evaluate(household, rules);
        for (const [path, expected] of Object.entries(data.expect)) {
          // null in a case means: absent from the outcome (JSON has no undefined).
          assert.deepEqual(pick(outcome, path) ?? null, expected, `${path} — bron: ${data.bron}`);
        }
      });
    }
  });
}
