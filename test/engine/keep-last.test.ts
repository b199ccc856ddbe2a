/**
 * The element computes the results while the summary is read and the werken-loont curve while its form is in
 * view, and keeps the last answer (src/ui/keep-last.ts). The click must never get an answer for other
 * answers: any difference in the household, however deep, or other rules, computes anew.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { evaluate } from '../../src/engine/evaluate.js';
import type { HouseholdInput } from '../../src/engine/types.js';
import { keepLast } from '../../src/ui/keep-last.js';
import { diskRules } from '../support/disk-rules.js';

const rules = diskRules();
const base: HouseholdInput = {
  date: '2026-07-01',
  municipality: 'GM0344',
  household: { adults: [{ age: 34 }], children: [{ age: 3 }, { age: 12 }], housemates: [] },
  income: { source: 'bijstand', netMonthly: '1348.49', lowSinceMonths: 36 },
  assets: '500',
  housing: { rentMonthly: '780.00' },
};

describe('keeping the last outcome', () => {
  it('the same household and rules: computed once', () => {
    let runs = 0;
    const kept = keepLast((h, r) => (runs++, evaluate(h, r)));
    const first = kept(base, rules);
    assert.equal(kept(structuredClone(base), rules), first);
    assert.equal(runs, 1);
  });

  it('any change in the household, or other rules: computed anew, equal to a fresh evaluation', () => {
    const kept = keepLast(evaluate);
    kept(base, rules);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 17 }), fc.integer({ min: 0, max: 3000 }), (childAge, net) => {
        const other: HouseholdInput = {
          ...base,
          household: { ...base.household, children: [{ age: 3 }, { age: childAge }] },
          income: { ...base.income, netMonthly: `${net}.00` },
        };
        assert.deepEqual(kept(other, rules), evaluate(other, rules));
      }),
      { numRuns: 60 },
    );
    const copy = { ...rules };
    let runs = 0;
    const counted = keepLast((h, r) => (runs++, evaluate(h, r)));
    counted(base, rules);
    counted(base, copy);
    assert.equal(runs, 2, 'another rules object is computed anew');
  });
});
