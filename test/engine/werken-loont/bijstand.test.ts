/**
 * Bijstand top-up and the inkomstenvrijlating: the mechanics exactly (cap, 6-month limit, sub r, the regime
 * switch on 2027-01-01, the kostendelersnorm). Net wages are the hand calculations of tax.test.ts:
 * 14,99 × 8 h → 561,23; × 16 h → 1.102,63; × 20 h → 1.369,94; × 22 h → 1.503,60; × 32 h → 2.145,38.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { householdFacts } from '../../../src/engine/household.js';
import { Lookup } from '../../../src/engine/lookup.js';
import { Decimal, money } from '../../../src/engine/money.js';
import type { HouseholdInput } from '../../../src/engine/types.js';
import { bijstandTopUp, regimeOn, vrijgelaten, vrijlatingOn } from '../../../src/engine/werken-loont/bijstand.js';
import { at, curve, rules } from './support.js';

const d = (s: string) => new Decimal(s);
const single = { adults: [{ age: 35 }], children: [], housemates: [] };
const income = { netMonthly: '0.00', source: 'bijstand' as const };

describe('werken loont: bijstand and vrijlating', () => {
  it('published example: alleenstaande, net wage 600, first months → bijstand 951,50 (1-1-2026)', () => {
    // Rotterdam process specification (figures-2026.md §10, [S]): 1.401,50 − (600 − 25 % × 600) = 951,50
    const lookup = new Lookup(rules, '2026-01-01');
    const input = { date: '2026-01-01', municipality: 'GM0344', household: single, income, assets: '0' } as HouseholdInput;
    const v = vrijlatingOn(lookup, regimeOn(lookup), householdFacts(input, lookup), 0);
    assert.equal(v.kind, 'art31-n');
    assert.equal(money(bijstandTopUp(d('1401.50'), d('600'), vrijgelaten(v, d('600')))), '951.50');
  });

  it('no vrijlating under 27 (art. 31 lid 5): a 26-year-old keeps 1.419,46 − 1.369,94 = 49,52 bijstand at 20 h', () => {
    // Participatiewet art. 31 lid 5 (wettekst 1-1-2026): sub n and r do not apply below 27.
    const young = curve({ date: '2026-07-01', household: { ...single, adults: [{ age: 26 }] }, income, work: { grossHourlyWage: '14.99', hoursPerWeek: 20, monthsWorkingOnBijstand: 0 } });
    assert.equal(young.vrijlating.kind, 'none');
    assert.equal(at(young, 20).parts.bijstand, '49.52');
    const at27 = curve({ date: '2026-07-01', household: { ...single, adults: [{ age: 27 }] }, income, work: { grossHourlyWage: '14.99', hoursPerWeek: 20, monthsWorkingOnBijstand: 0 } });
    assert.equal(at27.vrijlating.kind, 'art31-n');
  });

  it('sub n is capped at € 285 a month (wettekst 1-7-2026, BWBR0015703 art. 31 lid 2 sub n) and stops after 6 months', () => {
    const base = { date: '2026-07-01', household: single, income };
    // Issue 20: the law text on 1-7-2026 still reads € 285,00 (the € 289 we had is in no text of that date).
    // 20 h: 25 % × 1.369,94 = 342,49 > 285 → vrijlating 285; bijstand 1.419,46 − (1.369,94 − 285) = 334,52
    const first = curve({ ...base, work: { grossHourlyWage: '14.99', hoursPerWeek: 20, monthsWorkingOnBijstand: 0 } });
    assert.equal(at(first, 20).parts.bijstand, '334.52');
    assert.equal(first.vrijlating.maximumMonthly, '285.00');
    // month 6 (the 7th month): no vrijlating; bijstand 1.419,46 − 1.369,94 = 49,52
    const seventh = curve({ ...base, work: { grossHourlyWage: '14.99', hoursPerWeek: 20, monthsWorkingOnBijstand: 6 } });
    assert.equal(seventh.vrijlating.kind, 'none');
    assert.equal(at(seventh, 20).parts.bijstand, '49.52');
    // month 5 is still inside the 6 months
    const sixth = curve({ ...base, work: { grossHourlyWage: '14.99', hoursPerWeek: 20, monthsWorkingOnBijstand: 5 } });
    assert.equal(at(sixth, 20).parts.bijstand, '334.52');
    assert.equal(sixth.vrijlating.monthsLeft, 0);
  });

  it('sub r: alleenstaande ouder with a child under 12, 12,5 % up to € 177,66 (wettekst 1-7-2026, art. 31 lid 2 sub r) for 30 months after sub n', () => {
    const household = { adults: [{ age: 30 }], children: [{ age: 3 }], housemates: [] };
    const base = { date: '2026-07-01', household, income };
    const r = curve({ ...base, work: { grossHourlyWage: '14.99', hoursPerWeek: 0, monthsWorkingOnBijstand: 6 } });
    assert.equal(r.vrijlating.kind, 'art31-r');
    // The child of 3 was born before 2025 and is under 12: the IACK (Wet IB art. 8.14a) applies, and with it
    // the kortingen exceed the tax at 20 and 22 hours, so net = gross incl. vakantiegeld (see tax.test.ts).
    // 20 h: year 14,99 × 20 × 52 × 1,08 = 16.836,768 → net 1.403,06;
    //   12,5 % × 1.403,06 = 175,38 (< 177,66); bijstand 1.419,46 − (1.403,06 − 175,38) = 191,78
    assert.equal(at(r, 20).parts.bijstand, '191.78');
    // 22 h: year 18.520,4448 → net 1.543,37; 12,5 % = 192,92 → capped at 177,66;
    //   bijstand 1.419,46 − (1.543,37 − 177,66) = 53,75
    assert.equal(at(r, 22).parts.bijstand, '53.75');
    // month 35 is the last month of sub r; from month 36 nothing
    const last = curve({ ...base, work: { grossHourlyWage: '14.99', hoursPerWeek: 0, monthsWorkingOnBijstand: 35 } });
    assert.equal(last.vrijlating.kind, 'art31-r');
    const over = curve({ ...base, work: { grossHourlyWage: '14.99', hoursPerWeek: 0, monthsWorkingOnBijstand: 36 } });
    assert.equal(over.vrijlating.kind, 'none');
    // 22 h without vrijlating: 1.419,46 − 1.503,60 < 0 → 0
    assert.equal(at(over, 22).parts.bijstand, '0.00');
  });

  it('no sub r when the youngest child is 12 or older', () => {
    const household = { adults: [{ age: 40 }], children: [{ age: 12 }], housemates: [] };
    const c = curve({ date: '2026-07-01', household, income, work: { grossHourlyWage: '14.99', hoursPerWeek: 16, monthsWorkingOnBijstand: 6 } });
    assert.equal(c.vrijlating.kind, 'none');
    // 1.419,46 − 1.102,63 = 316,83
    assert.equal(at(c, 16).parts.bijstand, '316.83');
  });

  it('the date decides the regime: art. 31 on 2026-12-31, the bijverdienregeling (15 %, no cap) on 2027-01-01', () => {
    const household = { adults: [{ age: 40 }, { age: 38 }], children: [], housemates: [] };
    const work = { grossHourlyWage: '14.99', hoursPerWeek: 32, monthsWorkingOnBijstand: 0 };
    // gehuwdennorm from 1-7-2026: 2.027,79. 32 h: net 2.145,38.
    const before = curve({ date: '2026-12-31', household, income, work });
    assert.equal(before.regime, 'art31');
    // 25 % × 2.145,38 = 536,35 → capped at 285 (wettekst 1-7-2026); 2.027,79 − (2.145,38 − 285) = 167,41
    assert.equal(at(before, 32).parts.bijstand, '167.41');
    const after = curve({ date: '2027-01-01', household, income, work });
    assert.equal(after.regime, 'bijverdienregeling');
    assert.equal(after.vrijlating.maximumMonthly, undefined);
    // 15 % × 2.145,38 = 321,81 (above the old cap of 285: no cap); 2.027,79 − (2.145,38 − 321,81) = 204,22
    assert.equal(at(after, 32).parts.bijstand, '204.22');
    // 12 months: from month 12 no vrijlating; 2.027,79 − 2.145,38 < 0 → 0
    const later = curve({ date: '2027-01-01', household, income, work: { ...work, monthsWorkingOnBijstand: 12 } });
    assert.equal(later.vrijlating.kind, 'none');
    assert.equal(at(later, 32).parts.bijstand, '0.00');
  });

  it('kostendelersnorm: a housemate of 30 halves the gehuwdennorm', () => {
    // A = 2: (40 + 2 × 30) / (2 × 100) × 2.027,79 = 1.013,895 → 1.013,90
    // 8 h: net 561,23; 25 % = 140,31; bijstand 1.013,90 − (561,23 − 140,31) = 592,98
    const household = { adults: [{ age: 35 }], children: [], housemates: [{ age: 30 }] };
    const c = curve({ date: '2026-07-01', household, income, work: { grossHourlyWage: '14.99', hoursPerWeek: 8 } });
    assert.equal(at(c, 0).parts.bijstand, '1013.90');
    assert.equal(at(c, 8).parts.bijstand, '592.98');
    assert.ok(c.assumptions.includes('housemates-income-not-counted'));
  });
});
