/**
 * Whole curves for households in Utrecht on 2026-07-01. No published 2026 "werken loont" example
 * (Nibud, Stimulansz) was found (figures-2026.md §10), so each expected value is written out here from the
 * sourced parameters; the zorgtoeslag maximum 129,20 / 246,89 matches the Dienst Toeslagen table (129 / 246).
 * Shared figures: norm alleenstaande 1.419,46, gehuwden 2.027,79, jongere 350,42 (1-7-2026);
 * zorgtoeslag 129,20 single, (2 × 2.119 − 4,289 % × 29.736) / 12 = 246,89 partners;
 * kinderbijslag (298,40 + 426,29) / 3 = 241,56 for children of 3 and 12; IIT Utrecht ALO child 12-17: 749 / 12 = 62,42.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { armoedeval, drempelHours, stops } from '../../../src/engine/werken-loont/curve.js';
import type { WerkenLoontPoint } from '../../../src/engine/werken-loont/types.js';
import { at, curve, run } from './support.js';

const income = { netMonthly: '0.00', source: 'bijstand' as const };
const wage = (hoursPerWeek = 0, months = 0) => ({ grossHourlyWage: '14.99', hoursPerWeek, monthsWorkingOnBijstand: months });

describe('werken loont: households', () => {
  it('1. alleenstaande ouder, children 3 and 12, rent 780, 14,99 an hour: 0/8/16/24/32 hours', () => {
    const c = curve({
      date: '2026-07-01',
      household: { adults: [{ age: 35 }], children: [{ age: 3 }, { age: 12 }], housemates: [] },
      income: { ...income, lowSinceMonths: 40 },
      housing: { rentMonthly: '780.00' },
      work: wage(),
    });
    // Toeslagen stay at their maximum up to 35 h (toetsingsinkomen below 29.736):
    // huurtoeslag 3 persons: 297,49 + 65 % × (764,14 − 498,20) = 470,35; KGB (2 × 2.580 + 703 + 3.416) / 12 = 773,25
    const toeslagen = 129.2 + 470.35 + 773.25 + 241.56; // 1.614,36
    // 0 h: bijstand 1.419,46 + toeslagen + IIT 62,42 = 3.096,24
    assert.equal(at(c, 0).netHouseholdMonthly, '3096.24');
    // 8 h: net 561,23; vrijlating 140,31; bijstand 998,54; income 1.559,77 ≤ 110 % × 1.419,46 = 1.561,41 → IIT still 62,42
    assert.equal(at(c, 8).parts.bijstand, '998.54');
    assert.equal(at(c, 8).parts.iit, '62.42');
    assert.equal(at(c, 8).netHouseholdMonthly, (1559.77 + toeslagen + 62.42).toFixed(2)); // 3.236,55
    // 16 h: net 1.102,63; vrijlating 275,66; bijstand 592,49; income 1.695,12 > 1.561,41 → no IIT
    assert.equal(at(c, 16).parts.bijstand, '592.49');
    assert.equal(at(c, 16).parts.iit, '0.00');
    assert.equal(at(c, 16).netHouseholdMonthly, (1695.12 + toeslagen).toFixed(2)); // 3.309,48
    // 24 h: net 1.637,25; vrijlating capped at 289; bijstand 71,21; income 1.708,46
    assert.equal(at(c, 24).netHouseholdMonthly, (1708.46 + toeslagen).toFixed(2)); // 3.322,82
    // 32 h: net 2.145,38 > norm + 289 → no bijstand
    assert.equal(at(c, 32).parts.bijstand, '0.00');
    assert.equal(at(c, 32).netHouseholdMonthly, (2145.38 + toeslagen).toFixed(2)); // 3.759,74
    // losing the IIT between 8 and 9 hours is an armoedeval; working pays from the first hour
    assert.deepEqual(c.armoedeval, [{ fromHours: 8, toHours: 9 }]);
    assert.equal(c.drempelHours, 1);
    assert.deepEqual(c.stops.map((s) => s.part), ['iit', 'bijstand']);
  });

  it('2. alleenstaande, no rent given, 0 hours: bijstand + zorgtoeslag', () => {
    const c = curve({ date: '2026-07-01', household: { adults: [{ age: 35 }], children: [], housemates: [] }, income, work: wage() });
    // 1.419,46 + 129,20 (IIT duration unknown: not counted)
    assert.equal(at(c, 0).netHouseholdMonthly, '1548.66');
    assert.ok(c.assumptions.includes('no-housing-given'));
  });

  it('3. alleenstaande, rent 600, 20 hours, first month and seventh month', () => {
    const household = { adults: [{ age: 35 }], children: [], housemates: [] };
    // huurtoeslag single rent 600: 295,68 + 65 % × 101,80 = 361,85 (toetsingsinkomen ≈ 23.159 < ijkpunt 23.425)
    const first = curve({ date: '2026-07-01', household, income, housing: { rentMonthly: '600.00' }, work: wage(20, 0) });
    // 1.369,94 + 338,52 + 129,20 + 361,85 = 2.199,51
    assert.equal(at(first, 20).netHouseholdMonthly, '2199.51');
    const seventh = curve({ date: '2026-07-01', household, income, housing: { rentMonthly: '600.00' }, work: wage(20, 6) });
    // 1.369,94 + 49,52 + 129,20 + 361,85 = 1.910,51: without vrijlating, 20 hours give nothing over 0 hours
    assert.equal(at(seventh, 20).netHouseholdMonthly, '1910.51');
    assert.equal(at(seventh, 0).netHouseholdMonthly, '1910.51');
  });

  it('4. alleenstaande with a kostendeler, rent 800, 8 hours', () => {
    const c = curve({
      date: '2026-07-01',
      household: { adults: [{ age: 35 }], children: [], housemates: [{ age: 30 }] },
      income,
      housing: { rentMonthly: '800.00' },
      work: wage(8),
    });
    // 2 persons: 297,49 + 65 % × (713,02 − 498,20) = 437,12; 561,23 + 592,98 + 129,20 + 437,12 = 1.720,53
    assert.equal(at(c, 8).parts.huurtoeslag, '437.12');
    assert.equal(at(c, 8).netHouseholdMonthly, '1720.53');
  });

  it('5. couple with children 3 and 12, rent 780, 0 hours', () => {
    const c = curve({
      date: '2026-07-01',
      household: { adults: [{ age: 36 }, { age: 34 }], children: [{ age: 3 }, { age: 12 }], housemates: [] },
      income,
      housing: { rentMonthly: '780.00' },
      work: wage(),
    });
    // 2.027,79 + 246,89 + KGB (2 × 2.580 + 703) / 12 = 488,58 + 241,56 + huurtoeslag 4 persons 470,35 = 3.475,17
    assert.equal(at(c, 0).parts.kindgebondenBudget, '488.58');
    assert.equal(at(c, 0).netHouseholdMonthly, '3475.17');
    assert.ok(c.assumptions.includes('only-applicant-works'));
  });

  it('6. alleenstaande ouder, child 12, month 6: no vrijlating, 16 hours', () => {
    const c = curve({
      date: '2026-07-01',
      household: { adults: [{ age: 40 }], children: [{ age: 12 }], housemates: [] },
      income,
      work: wage(16, 6),
    });
    // 1.102,63 + 316,83 + 129,20 + KGB (2.580 + 703 + 3.416) / 12 = 558,25 + kinderbijslag 426,29 / 3 = 142,10
    assert.equal(at(c, 16).netHouseholdMonthly, (1102.63 + 316.83 + 129.2 + 558.25 + 142.1).toFixed(2));
  });

  it('7. alleenstaande ouder, child 3, month 6 (sub r), 20 hours', () => {
    const c = curve({ date: '2026-07-01', household: { adults: [{ age: 30 }], children: [{ age: 3 }], housemates: [] }, income, work: wage(20, 6) });
    // 1.369,94 + 220,76 + 129,20 + KGB (2.580 + 3.416) / 12 = 499,67 + 298,40 / 3 = 99,47
    assert.equal(at(c, 20).netHouseholdMonthly, (1369.94 + 220.76 + 129.2 + 499.67 + 99.47).toFixed(2));
  });

  it('8. couple in 2027: bijverdienregeling', () => {
    const c = curve({ date: '2027-01-01', household: { adults: [{ age: 40 }, { age: 38 }], children: [], housemates: [] }, income, work: wage(32) });
    // Toetsingsinkomen: each partner gets half the bijstand, 204,22 × 12 / 2 = 1.225,32 a year.
    // Applicant: wage 26.938,83 a year, AK 5.300 + 1,95 % × (26.938,83 − 25.845) = 5.321,33, AHK 3.115;
    //   X − (35,75 % × X − 3.115 − 5.321,33) = 2.145,38 × 12 + 1.225,32 = 26.969,88 → X = 18.533,55 / 0,6425 = 28.845,99 → 28.845
    // Partner: 1.225,32 is below the AHK, so gross = net → 1.225. Together 30.070 (> drempel 29.736).
    // Zorgtoeslag: (2 × 2.119 − 4,289 % × 29.736 − 13,73 % × 334) / 12 = (2.962,62 − 45,86) / 12 = 243,06
    assert.equal(at(c, 32).parts.zorgtoeslag, '243.06');
    // 2.145,38 + 204,22 + 243,06 = 2.592,66
    assert.equal(at(c, 32).netHouseholdMonthly, '2592.66');
  });

  it('9. jongere of 19, rent 450: jongerennorm and the lower huurgrens', () => {
    const c = curve({
      date: '2026-07-01',
      household: { adults: [{ age: 19 }], children: [], housemates: [] },
      income,
      housing: { rentMonthly: '450.00' },
      work: wage(),
    });
    // 350,42 + huurtoeslag (450 − 202,52 = 247,48) + 129,20 = 727,10
    assert.equal(at(c, 0).netHouseholdMonthly, '727.10');
  });

  it('10. alleenstaande with assets above the bijstand limit: wage and toeslagen only', () => {
    const c = curve({
      date: '2026-07-01',
      household: { adults: [{ age: 35 }], children: [], housemates: [] },
      income: { netMonthly: '0.00', source: 'none' },
      assets: '10000.00',
      housing: { rentMonthly: '600.00' },
      work: wage(20),
    });
    // no bijstand (10.000 > 8.000); 1.369,94 + 129,20 + 361,85 = 1.860,99
    assert.equal(at(c, 20).parts.bijstand, '0.00');
    assert.equal(at(c, 20).netHouseholdMonthly, '1860.99');
    assert.ok(c.assumptions.includes('no-bijstand-assets-above-limit'));
  });

  it('11. a date before the tax figures (2025-07-01): no werkenLoont, the schemes still work', () => {
    const outcome = run({ date: '2025-07-01', household: { adults: [{ age: 35 }], children: [], housemates: [] }, income, work: wage() });
    assert.equal(outcome.werkenLoont, undefined);
    assert.ok(outcome.schemes.length > 0);
    assert.equal(outcome.norm.bijstandsnorm, '1369.06');
  });

  it('12. someone at AOW age: werken loont is left out', () => {
    const outcome = run({ date: '2026-07-01', household: { adults: [{ age: 70 }], children: [], housemates: [] }, income, work: wage() });
    assert.equal(outcome.werkenLoont, undefined);
  });

  it('without a work block there is no werkenLoont', () => {
    const outcome = run({ date: '2026-07-01', household: { adults: [{ age: 35 }], children: [], housemates: [] }, income });
    assert.equal('werkenLoont' in outcome, false);
  });
});

describe('werken loont: armoedeval and drempel', () => {
  const pts = (totals: number[]): WerkenLoontPoint[] =>
    totals.map((t, h) => ({
      hoursPerWeek: h,
      grossMonthlyWage: '0.00',
      netHouseholdMonthly: t.toFixed(2),
      parts: { netWage: '0.00', bijstand: (t > 100 ? 0 : 50).toFixed(2), zorgtoeslag: '0.00', huurtoeslag: '0.00', kindgebondenBudget: '0.00', kinderbijslag: '0.00', iit: '0.00', stadspas: '0.00' },
    }));
  it('merges neighbouring drops into one range', () => {
    assert.deepEqual(armoedeval(pts([100, 110, 105, 101, 120, 119, 130])), [
      { fromHours: 1, toHours: 3 },
      { fromHours: 4, toHours: 5 },
    ]);
  });
  it('drempel: from where every hour gives more than 0 hours', () => {
    assert.equal(drempelHours(pts([100, 110, 95, 99, 101, 120])), 4);
    assert.equal(drempelHours(pts([100, 90, 100])), null);
  });
  it('stops: the first hour from which a part is zero', () => {
    assert.deepEqual(stops(pts([90, 95, 101, 102])), [{ part: 'bijstand', fromHours: 2 }]);
  });
});

describe('werken loont: properties', () => {
  const arbitrary = fc.record({
    wage: fc.integer({ min: 100, max: 5000 }).map((c) => (c / 100).toFixed(2)),
    adults: fc.integer({ min: 1, max: 2 }),
    age: fc.integer({ min: 18, max: 66 }),
    children: fc.array(fc.integer({ min: 0, max: 17 }), { maxLength: 4 }),
    housemates: fc.array(fc.integer({ min: 18, max: 80 }), { maxLength: 2 }),
    rent: fc.option(fc.integer({ min: 0, max: 150000 }).map((c) => (c / 100).toFixed(2))),
    assets: fc.integer({ min: 0, max: 50000 }).map(String),
    months: fc.integer({ min: 0, max: 48 }),
    date: fc.constantFrom('2026-01-01', '2026-07-01', '2026-12-31', '2027-01-01'),
  });
  type Generated = typeof arbitrary extends fc.Arbitrary<infer T> ? T : never;
  const household = (a: Generated) => ({
    date: a.date,
    household: {
      adults: Array.from({ length: a.adults }, () => ({ age: a.age })),
      children: a.children.map((age) => ({ age })),
      housemates: a.housemates.map((age) => ({ age })),
    },
    income: { netMonthly: '0.00', source: 'bijstand' as const, lowSinceMonths: 40 },
    assets: a.assets,
    ...(a.rent !== null && { housing: { rentMonthly: a.rent } }),
    work: { grossHourlyWage: a.wage, hoursPerWeek: 0, monthsWorkingOnBijstand: a.months },
  });

  it('net household income is never negative, and the parts add up to it', () => {
    fc.assert(
      fc.property(arbitrary, (a) => {
        const c = curve(household(a));
        for (const p of c.points) {
          assert.ok(Number(p.netHouseholdMonthly) >= 0);
          const sum = Object.values(p.parts).reduce((s, v) => s + Math.round(Number(v) * 100), 0);
          assert.equal(sum, Math.round(Number(p.netHouseholdMonthly) * 100));
          for (const v of Object.values(p.parts)) assert.ok(Number(v) >= 0);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('the net wage part never decreases with more hours', () => {
    fc.assert(
      fc.property(arbitrary, (a) => {
        const c = curve(household(a));
        for (let i = 1; i < c.points.length; i++) {
          assert.ok(Number(c.points[i]!.parts.netWage) >= Number(c.points[i - 1]!.parts.netWage), `at ${i} hours`);
        }
      }),
      { numRuns: 40 },
    );
  });
});
