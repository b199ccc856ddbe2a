/** Properties that must hold for every household, checked on random valid households with fast-check. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { evaluate } from '../../src/engine/evaluate.js';
import type { HouseholdInput, Status } from '../../src/engine/types.js';
import { diskRules } from '../support/disk-rules.js';

const rules = diskRules();
const gemeenten = rules.organisations.flatMap((o) => o.gemeenten.map((g) => g.code));
const RANK: Record<Status, number> = { no: 0, maybe: 1, yes: 2 };

const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => (c / 100).toFixed(2));
const household = fc.record({
  date: fc.constantFrom('2025-07-01', '2025-12-31', '2026-01-01', '2026-06-30', '2026-07-01', '2026-11-24', '2027-03-01'),
  municipality: fc.constantFrom(...gemeenten),
  household: fc.record({
    adults: fc.array(fc.record({ age: fc.integer({ min: 18, max: 100 }) }), { minLength: 1, maxLength: 2 }),
    children: fc.array(fc.record({ age: fc.integer({ min: 0, max: 17 }) }), { maxLength: 6 }),
    housemates: fc.array(
      fc.record({ age: fc.integer({ min: 18, max: 100 }), student: fc.boolean(), commercialTenant: fc.boolean() }),
      { maxLength: 4 },
    ),
  }),
  income: fc.record({
    netMonthly: cents(6000),
    source: fc.constantFrom('none', 'bijstand', 'work', 'benefit', 'pension', 'study'),
    lowSinceMonths: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
  }),
  assets: cents(40000),
}) as fc.Arbitrary<HouseholdInput>;

describe('properties of the engine', () => {
  it('10,000 random valid households never throw and always give a status and a reason per scheme', () => {
    fc.assert(
      fc.property(household, (input) => {
        const outcome = evaluate(input, rules);
        for (const scheme of outcome.schemes) {
          assert.ok(['yes', 'maybe', 'no'].includes(scheme.status));
          assert.ok(scheme.reasons.length > 0, `${scheme.id} has no reason`);
          assert.ok(scheme.portal.url.startsWith('https://'));
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('more income never creates an entitlement or raises an amount', () => {
    fc.assert(
      fc.property(household, fc.integer({ min: 1, max: 300_000 }), (input, extraCents) => {
        const richer = { ...input, income: { ...input.income, netMonthly: (Number(input.income.netMonthly) + extraCents / 100).toFixed(2) } };
        const before = evaluate(input, rules);
        const after = evaluate(richer, rules);
        for (const scheme of after.schemes) {
          const was = before.schemes.find((s) => s.id === scheme.id)!;
          assert.ok(RANK[scheme.status] <= RANK[was.status], `${scheme.id}: ${was.status} → ${scheme.status}`);
          if (scheme.amount && was.amount) assert.ok(Number(scheme.amount.value) <= Number(was.amount.value));
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('more assets never create an entitlement', () => {
    fc.assert(
      fc.property(household, fc.integer({ min: 1, max: 5_000_000 }), (input, extraCents) => {
        const richer = { ...input, assets: (Number(input.assets) + extraCents / 100).toFixed(2) };
        const before = evaluate(input, rules);
        const after = evaluate(richer, rules);
        for (const scheme of after.schemes) {
          const was = before.schemes.find((s) => s.id === scheme.id)!;
          assert.ok(RANK[scheme.status] <= RANK[was.status], `${scheme.id}: ${was.status} → ${scheme.status}`);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it('the order of children, adults and housemates never matters', () => {
    fc.assert(
      fc.property(household, (input) => {
        const h = input.household;
        const reordered = {
          ...input,
          household: { adults: [...h.adults].reverse(), children: [...h.children].reverse(), housemates: [...h.housemates].reverse() },
        };
        // The applicant is adults[0]: for couples only the children and housemates are reordered.
        if (h.adults.length === 2) reordered.household.adults = h.adults;
        const a = evaluate(input, rules);
        const b = evaluate(reordered, rules);
        assert.deepEqual(b, a);
      }),
      { numRuns: 2_000 },
    );
  });

  it('the norm is never below zero and the income limits grow with the percentage', () => {
    fc.assert(
      fc.property(household, (input) => {
        const outcome = evaluate(input, rules);
        assert.ok(Number(outcome.norm.bijstandsnorm) > 0);
        assert.ok(Number(outcome.norm.bijstandsnormExclVakantietoeslag) < Number(outcome.norm.bijstandsnorm));
      }),
      { numRuns: 1_000 },
    );
  });
});
