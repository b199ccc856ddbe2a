/**
 * Loonheffing 2026. No published net figure for these wages was found (figures-2026.md §10), so every
 * expected value is a hand calculation from the sourced parameters in rules/national/loonheffing.json.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lookup } from '../../../src/engine/lookup.js';
import { Decimal, money } from '../../../src/engine/money.js';
import { readTaxParams } from '../../../src/engine/werken-loont/params.js';
import { iackChild, iackFor } from '../../../src/engine/werken-loont/iack.js';
import { algemeneHeffingskorting, arbeidskorting, combinatiekorting, loonheffing, wageAt } from '../../../src/engine/werken-loont/tax.js';
import { rules } from './support.js';

const p = readTaxParams(new Lookup(rules, '2026-07-01'));
const d = (s: string) => new Decimal(s);

describe('werken loont: loonheffing 2026', () => {
  it('arbeidskorting meets its published bracket points', () => {
    // 8,324 % × 11.965 = 995,9666 (the table says "€ 996" at the end of bracket 1)
    assert.equal(money(arbeidskorting(p, d('11965'))), '995.97');
    // 996 + 31,009 % × (25.845 − 11.965) = 996 + 4.304,0492 = 5.300,0492
    assert.equal(money(arbeidskorting(p, d('25845'))), '5300.05');
    // 5.300 + 1,950 % × (45.592 − 25.845) = 5.300 + 385,0665 = 5.685,0665 (maximum € 5.685)
    assert.equal(money(arbeidskorting(p, d('45592'))), '5685.07');
    // from 132.920 the arbeidskorting is 0
    assert.equal(money(arbeidskorting(p, d('132920'))), '0.00');
  });

  it('algemene heffingskorting: 3.115 up to 29.736, then − 6,398 % per euro', () => {
    assert.equal(money(algemeneHeffingskorting(p, d('29736'))), '3115.00');
    // 3.115 − 6,398 % × (40.000 − 29.736) = 3.115 − 656,69 = 2.458,31
    assert.equal(money(algemeneHeffingskorting(p, d('40000'))), '2458.31');
    // 0 at 78.426: 3.115 − 6,398 % × 48.690 = −0,19 → 0
    assert.equal(money(algemeneHeffingskorting(p, d('78426'))), '0.00');
  });

  it('minimum wage 14.71 × 36 hours: gross 2.294,76 a month, net 2.299,89 incl. vakantiegeld', () => {
    // gross per month 14,71 × 36 × 52 / 12 = 2.294,76 (figures-2026.md §4 [D] gives the same 2.294,76)
    // year incl. 8 % vakantiegeld: 2.294,76 × 12 × 1,08 = 29.740,0896
    // tax: 35,75 % × 29.740,0896 = 10.632,0820
    // AHK: 3.115 − 6,398 % × (29.740,0896 − 29.736) = 3.115 − 0,2617 = 3.114,7383
    // AK: 5.300 + 1,950 % × (29.740,0896 − 25.845) = 5.300 + 75,9542 = 5.375,9542
    // loonheffing: 10.632,0820 − 3.114,7383 − 5.375,9542 = 2.141,3894
    // net per month: (29.740,0896 − 2.141,3894) / 12 = 2.299,8917
    const w = wageAt(p, d('14.71'), 36);
    assert.equal(money(w.grossMonthly), '2294.76');
    assert.equal(money(loonheffing(p, w.annual)), '2141.39');
    assert.equal(money(w.netMonthly), '2299.89');
  });

  it('14.99 × 16 hours: loonheffing 237,81 a year', () => {
    // gross 14,99 × 16 × 52 / 12 = 1.039,3067; year × 12 × 1,08 = 13.469,4144
    // tax 35,75 % = 4.815,3156; AHK 3.115; AK 996 + 31,009 % × (13.469,4144 − 11.965) = 1.462,5020
    // loonheffing 4.815,3156 − 3.115 − 1.462,5020 = 237,8136; net (13.469,4144 − 237,8136) / 12 = 1.102,6334
    const w = wageAt(p, d('14.99'), 16);
    assert.equal(money(loonheffing(p, w.annual)), '237.81');
    assert.equal(money(w.netMonthly), '1102.63');
  });

  it('few hours: the kortingen exceed the tax, so no loonheffing at all', () => {
    // 14,99 × 8 h: year 6.734,7072; tax 2.407,6578 < AHK 3.115 → 0; net = 6.734,7072 / 12 = 561,2256
    const w = wageAt(p, d('14.99'), 8);
    assert.equal(money(loonheffing(p, w.annual)), '0.00');
    assert.equal(money(w.netMonthly), '561.23');
  });

  it('IACK (Wet IB 2001 art. 8.14a lid 2, BWBR0011353 per 1-1-2026): 11,45 % above € 6.239, at most € 3.032', () => {
    assert.equal(money(combinatiekorting(p, d('6239'))), '0.00');
    // 11,45 % × (20.000 − 6.239) = 11,45 % × 13.761 = 1.575,6345
    assert.equal(money(combinatiekorting(p, d('20000'))), '1575.63');
    // 11,45 % × (40.000 − 6.239) = 3.865,63 → capped at 3.032
    assert.equal(money(combinatiekorting(p, d('40000'))), '3032.00');
  });

  it('14.99 × 32 hours with the IACK: net 2.244,90 (without: 2.145,38)', () => {
    // year: 14,99 × 32 × 52 / 12 × 12 × 1,08 = 26.938,8288; tax 35,75 % = 9.630,6313
    // AHK 3.115; AK 5.300 + 1,95 % × (26.938,8288 − 25.845) = 5.321,3292
    // IACK 11,45 % × (26.938,8288 − 6.239) = 2.370,1304
    // loonheffing 9.630,6313 − 3.115 − 5.321,3292 − 2.370,1304 = −1.175,83 → 0 (kortingen at most the tax, art. 8.8)
    // net (26.938,8288 − 0) / 12 = 2.244,9024
    assert.equal(money(wageAt(p, d('14.99'), 32, true).netMonthly), '2244.90');
    // without: 9.630,6313 − 3.115 − 5.321,3292 = 1.194,3021; net (26.938,8288 − 1.194,3021) / 12 = 2.145,3772
    assert.equal(money(wageAt(p, d('14.99'), 32).netMonthly), '2145.38');
  });

  it('IACK child: under 12 on 1 January and surely born before 2025 (ages in whole years, conservative)', () => {
    assert.equal(iackChild(p, '2026-07-01', 3), true); // born mid-2022 to mid-2023
    assert.equal(iackChild(p, '2026-07-01', 2), true); // born 2023-07-02 … 2024-07-01
    assert.equal(iackChild(p, '2026-07-01', 1), false); // may be born in 2025
    assert.equal(iackChild(p, '2026-07-01', 11), true);
    assert.equal(iackChild(p, '2026-07-01', 12), false); // may have been 12 on 1 January
  });

  it('IACK goes to the partner with the lower arbeidsinkomen; equal: the older one (art. 8.14a lid 1 sub c, lid 3)', () => {
    const kids = [4];
    assert.deepEqual(iackFor(p, '2026-07-01', kids, { annualWage: 10000, age: 30 }, undefined), [true, false]);
    assert.deepEqual(iackFor(p, '2026-07-01', kids, { annualWage: 10000, age: 30 }, { annualWage: 30000, age: 31 }), [true, false]);
    assert.deepEqual(iackFor(p, '2026-07-01', kids, { annualWage: 30000, age: 30 }, { annualWage: 10000, age: 31 }), [false, true]);
    assert.deepEqual(iackFor(p, '2026-07-01', kids, { annualWage: 0, age: 30 }, { annualWage: 0, age: 31 }), [false, true]);
    assert.deepEqual(iackFor(p, '2026-07-01', [14], { annualWage: 10000, age: 30 }, undefined), [false, false]);
  });
});
