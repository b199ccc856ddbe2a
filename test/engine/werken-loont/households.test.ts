/**
 * Whole curves for households in Utrecht on 2026-07-01. No published 2026 "werken loont" example (Nibud,
 * Stimulansz) was found; the Kamerstukken 36608 huurtoeslag examples use 2024 parameters and cannot be
 * reproduced for 2026 (see toeslagen.test.ts). So each expected value is a hand calculation written out here
 * from the cited law texts (rules/national/*.json give article and URL per figure), never our own output.
 * Shared figures (1-7-2026): norm alleenstaande 1.419,46, gehuwden 2.027,79, jongere 350,42 (Participatiewet
 * art. 20-21); art. 31 lid 2 sub n: 25 %, at most 285 a month (wettekst 1-7-2026, BWBR0015703 art. 31 lid 2 sub n; issue 20); zorgtoeslag (Wzt art. 2) 129,20 single,
 * (2 × 2.119 − 4,289 % × 29.736) / 12 = 246,89 partners; kinderbijslag (AKW art. 12 lid 3) (298,40 + 426,29) / 3
 * = 241,56 for children of 3 and 12; huurtoeslag (Wht art. 20-21): 3+ persons, rent 780:
 * 297,49 + 65 % × 265,94 + 40 % × 15,86 = 476,695; KGB (Wet KGB art. 2) alleenstaande ouder, children 3
 * and 12: 2 × 2.580 + 724 + 3.416 = 9.300 / 12 = 775,00 (the 12-15 supplement counts for a child of exactly 12
 * since issue 20: it starts the month after the birthday, so 11 of 12 such children have it; before, 714,67); IIT Utrecht alleenstaande ouder with a child of 12-17: 749 / 12 = 62,42.
 * Net wages (Wet IB art. 2.10, 8.10, 8.11, 8.14a, see tax.test.ts), 14,99 an hour: 8 h 561,23; 16 h
 * 1.102,63 (with IACK 1.122,45); 24 h 1.637,25 (with IACK 1.683,68); 32 h 2.145,38 (with IACK 2.244,90).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { armoedeval, drempelHours, stops } from '../../../src/engine/werken-loont/curve.js';
import type { WerkenLoontPoint } from '../../../src/engine/werken-loont/types.js';
import { InputError } from '../../../src/engine/input.js';
import { at, curve, run } from './support.js';

const income = { netMonthly: '0.00', source: 'bijstand' as const };
const wage = (hoursPerWeek = 0, months = 0) => ({ grossHourlyWage: '14.99', hoursPerWeek, monthsWorkingOnBijstand: months });

describe('werken loont: households', () => {
  it('1. alleenstaande ouder, children 3 and 12, rent 780, on bijstand: 0/8/16/24/32 hours part by part', () => {
    const c = curve({
      date: '2026-07-01',
      household: { adults: [{ age: 35 }], children: [{ age: 3 }, { age: 12 }], housemates: [] },
      income: { ...income, netMonthly: '1419.46', lowSinceMonths: 40 },
      housing: { rentMonthly: '780.00' },
      work: wage(),
    });
    // The toetsingsinkomen stays below the KGB/zorgtoeslag drempel 29.736 and the huurtoeslag ijkpunt 31.500 up
    // to 32 hours (0 h: bijstand 17.033,52 net a year grossed up: 0,6425 X + 3.115 = 17.033,52 → 21.663), so:
    const toeslagen = { zorgtoeslag: '129.20', huurtoeslag: '476.70', kindgebondenBudget: '775.00', kinderbijslag: '241.56' };
    const expect = (h: number, parts: Record<string, string>, total: string) => {
      const p = at(c, h);
      for (const [k, v] of Object.entries({ ...toeslagen, ...parts })) assert.equal(p.parts[k], v, `${k} at ${h} h`);
      assert.equal(p.netHouseholdMonthly, total, `total at ${h} h`);
    };
    // 0 h: bijstand 1.419,46; income 1.419,46 ≤ 110 % × norm → IIT 62,42
    //   total 1.419,46 + 129,20 + 476,70 + 775,00 + 241,56 + 62,42 = 3.104,34
    expect(0, { netWage: '0.00', bijstand: '1419.46', iit: '62.42' }, '3104.34');
    // 8 h: net 561,23 (no tax: 35,75 % × 6.734,71 = 2.407,66 < AHK 3.115); vrijlating 25 % = 140,31;
    //   bijstand 1.419,46 − (561,23 − 140,31) = 998,54; income 1.559,77 ≤ 1.561,41 (110 %) → IIT 62,42
    //   total 1.559,77 + 1.622,46 + 62,42 = 3.244,65 (toeslagen and kinderbijslag 1.622,46)
    expect(8, { netWage: '561.23', bijstand: '998.54', iit: '62.42' }, '3244.65');
    // 16 h: year 13.469,4144; tax 4.815,3156 − AHK 3.115 − AK 1.462,5020 − IACK 11,45 % × 7.230,4144 = 827,8825 < 0
    //   → net 13.469,4144 / 12 = 1.122,45; vrijlating 280,61 (< 285); bijstand 1.419,46 − 841,84 = 577,62;
    //   income 1.700,07 > 1.561,41 → no IIT; total 1.700,07 + 1.622,46 = 3.322,53
    expect(16, { netWage: '1122.45', bijstand: '577.62', iit: '0.00' }, '3322.53');
    // 24 h: year 20.204,1216; AK 996 + 31,009 % × 8.239,1216 = 3.550,8666; IACK 1.598,9064; tax 7.222,9735 is
    //   less than the kortingen → net 1.683,68; vrijlating 25 % = 420,92 → capped at 285;
    //   bijstand 1.419,46 − (1.683,68 − 285) = 20,78; total 1.704,46 + 1.622,46 = 3.326,92
    expect(24, { netWage: '1683.68', bijstand: '20.78', iit: '0.00' }, '3326.92');
    // 32 h: net 2.244,90 (tax.test.ts); 2.244,90 − 285 > norm → no bijstand; year 26.938,83 < 29.736
    //   total 2.244,90 + 1.622,46 = 3.867,36
    expect(32, { netWage: '2244.90', bijstand: '0.00', iit: '0.00' }, '3867.36');
    // losing the IIT between 8 and 9 hours is an armoedeval; working pays from the first hour
    assert.deepEqual(c.armoedeval, [{ fromHours: 8, toHours: 9 }]);
    assert.equal(c.drempelHours, 1);
    assert.deepEqual(c.stops.map((s) => s.part), ['iit', 'bijstand']);
    // the current point is the income the resident gave: 1.419,46 bijstand, the same as the curve at 0 h
    assert.equal(c.current?.point.netHouseholdMonthly, '3104.34');
    assert.equal(c.current?.onBijstand, true);
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
    // net 1.369,94; vrijlating 25 % = 342,49 → 285 (art. 31 lid 2 sub n, wettekst 1-7-2026);
    // bijstand 1.419,46 − 1.084,94 = 334,52; 1.369,94 + 334,52 + 129,20 + 361,85 = 2.195,51
    assert.equal(at(first, 20).netHouseholdMonthly, '2195.51');
    const seventh = curve({ date: '2026-07-01', household, income, housing: { rentMonthly: '600.00' }, work: wage(20, 6) });
    // 1.369,94 + 49,52 + 129,20 + 361,85 = 1.910,51: without vrijlating, 20 hours give nothing over 0 hours
    assert.equal(at(seventh, 20).netHouseholdMonthly, '1910.51');
    assert.equal(at(seventh, 0).netHouseholdMonthly, '1910.51');
  });

  it('4. alleenstaande with a kostendeler of 30, rent 800, 8 hours', () => {
    const c = curve({
      date: '2026-07-01',
      household: { adults: [{ age: 35 }], children: [], housemates: [{ age: 30 }] },
      income,
      housing: { rentMonthly: '800.00' },
      work: wage(8),
    });
    // norm art. 22a: (40 + 2 × 30) / 200 × 2.027,79 = 1.013,90 (1-7-2026); bijstand 1.013,90 − (561,23 − 140,31) = 592,98
    // huurtoeslag 2 persons: 297,49 + 65 % × (713,02 − 498,20) = 139,633 + 40 % × (800 − 713,02) = 34,792 → 471,915
    assert.equal(at(c, 8).parts.bijstand, '592.98');
    assert.equal(at(c, 8).parts.huurtoeslag, '471.92');
    // 561,23 + 592,98 + 129,20 + 471,92 = 1.755,33
    assert.equal(at(c, 8).netHouseholdMonthly, '1755.33');
    assert.ok(c.assumptions.includes('housemates-income-not-counted'));
  });

  it('5. couple with children 3 and 12, rent 780, 0 hours, partner without wage', () => {
    const c = curve({
      date: '2026-07-01',
      household: { adults: [{ age: 36 }, { age: 34 }], children: [{ age: 3 }, { age: 12 }], housemates: [] },
      income,
      housing: { rentMonthly: '780.00' },
      work: wage(),
    });
    // KGB partners: 2 × 2.580 + 724 = 5.884 / 12 = 490,33 (no ALO-kop; the 12-15 supplement at exactly 12, issue 20)
    // 2.027,79 + 246,89 + 490,33 + 241,56 + 476,70 = 3.483,27
    assert.equal(at(c, 0).parts.kindgebondenBudget, '490.33');
    assert.equal(at(c, 0).netHouseholdMonthly, '3483.27');
    assert.ok(c.assumptions.includes('only-applicant-works'));
  });

  it('6. alleenstaande ouder, child 12, month 6: no vrijlating, 16 hours', () => {
    const c = curve({ date: '2026-07-01', household: { adults: [{ age: 40 }], children: [{ age: 12 }], housemates: [] }, income, work: wage(16, 6) });
    // no IACK (a child of 12 may have been 12 on 1 January): net 1.102,63; bijstand 1.419,46 − 1.102,63 = 316,83
    // KGB (2.580 + 724 + 3.416) / 12 = 560,00 (the 12-15 supplement at exactly 12, issue 20); kinderbijslag 426,29 / 3 = 142,10
    assert.equal(at(c, 16).netHouseholdMonthly, (1102.63 + 316.83 + 129.2 + 560.0 + 142.1).toFixed(2));
  });

  it('7. alleenstaande ouder, child 3, month 6 (sub r), 20 hours, with the IACK', () => {
    const c = curve({ date: '2026-07-01', household: { adults: [{ age: 30 }], children: [{ age: 3 }], housemates: [] }, income, work: wage(20, 6) });
    // net 1.403,06 (IACK, no tax); bijstand 191,78 (bijstand.test.ts); KGB 499,67; kinderbijslag 298,40 / 3 = 99,47
    assert.equal(at(c, 20).netHouseholdMonthly, (1403.06 + 191.78 + 129.2 + 499.67 + 99.47).toFixed(2));
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
    assert.equal(c.bufferbudgetMaximum, '1000.00');
  });

  it('9. jongere of 19 alone, rent 450: jongerennorm and the lower huurgrens (art. 13 lid 1 sub b)', () => {
    const c = curve({ date: '2026-07-01', household: { adults: [{ age: 19 }], children: [], housemates: [] }, income, housing: { rentMonthly: '450.00' }, work: wage() });
    // 350,42 + huurtoeslag (450 − 202,52 = 247,48) + 129,20 = 727,10
    assert.equal(at(c, 0).netHouseholdMonthly, '727.10');
    const high = curve({ date: '2026-07-01', household: { adults: [{ age: 19 }], children: [], housemates: [] }, income, housing: { rentMonthly: '700.00' }, work: wage() });
    // rent 700 counts up to 498,20: 498,20 − 202,52 = 295,68
    assert.equal(at(high, 0).parts.huurtoeslag, '295.68');
  });

  it('10. alleenstaande with assets above the bijstand limit, not on bijstand: wage and toeslagen only', () => {
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

  it('12. someone at AOW age: werken loont is left out (AIO and other tax rates are not modelled)', () => {
    const outcome = run({ date: '2026-07-01', household: { adults: [{ age: 70 }], children: [], housemates: [] }, income, work: wage() });
    assert.equal(outcome.werkenLoont, undefined);
    const couple = run({ date: '2026-07-01', household: { adults: [{ age: 60 }, { age: 68 }], children: [], housemates: [] }, income, work: wage() });
    assert.equal(couple.werkenLoont, undefined);
  });

  it('13. couple whose partner works (1.500 gross), children 3 and 12, rent 780: part by part', () => {
    const c = curve({
      date: '2026-07-01',
      household: { adults: [{ age: 36 }, { age: 34 }], children: [{ age: 3 }, { age: 12 }], housemates: [] },
      income: { netMonthly: '2027.79', source: 'bijstand', lowSinceMonths: 40 },
      housing: { rentMonthly: '780.00' },
      work: { ...wage(), partnerGrossMonthly: '1500.00' },
    });
    // Partner: year 1.500 × 12 × 1,08 = 19.440; tax 35,75 % = 6.949,80; AHK 3.115; AK 996 + 31,009 % × 7.475 = 3.313,9228;
    //   no IACK while the applicant earns less (art. 8.14a lid 1 sub c): loonheffing 520,8772 → net 1.576,59
    // 0 h: bijstand 2.027,79 − 1.576,59 = 451,20. Toetsingsinkomen: half the bijstand each, 2.707,20 a year:
    //   applicant 2.707 (below the AHK); partner 0,6425 X + 3.115 + 3.313,92 = 18.919,08 + 2.707,20 → X = 23.653;
    //   together 26.360 < 29.736: zorgtoeslag 246,89, KGB (5.160 + 724) / 12 = 490,33, huurtoeslag 476,70 (< 31.500).
    //   IIT Utrecht gehuwd with a child of 12-17: 997 / 12 = 83,08 (income 2.027,79 ≤ 110 % of the norm)
    //   total 1.576,59 + 451,20 + 246,89 + 476,70 + 490,33 + 241,56 + 83,08 = 3.566,35
    const p0 = at(c, 0);
    assert.deepEqual(
      [p0.parts.partnerNetWage, p0.parts.bijstand, p0.parts.zorgtoeslag, p0.parts.huurtoeslag, p0.parts.kindgebondenBudget, p0.parts.iit],
      ['1576.59', '451.20', '246.89', '476.70', '490.33', '83.08'],
    );
    assert.equal(p0.netHouseholdMonthly, '3566.35');
    // 8 h: bijstand 2.027,79 − (561,23 − 140,31) − 1.576,59 = 30,28
    assert.equal(at(c, 8).parts.bijstand, '30.28');
    // 16 h: applicant (IACK, lower earner) 1.122,45; bijstand 2.027,79 − 841,84 − 1.576,59 < 0 → 0
    //   toetsingsinkomen 13.469,41 + 19.440 = 32.909,41: zorgtoeslag (4.238 − 1.275,38 − 13,73 % × 3.173,41) / 12 = 210,58
    //   huurtoeslag 476,695 − 22 % × 1.409,41 / 12 = 450,86; KGB 490,33 (< 39.141); income > 125 % → no IIT
    //   total 1.122,45 + 1.576,59 + 210,58 + 450,86 + 490,33 + 241,56 = 4.092,37
    const p16 = at(c, 16);
    assert.deepEqual(
      [p16.parts.netWage, p16.parts.bijstand, p16.parts.zorgtoeslag, p16.parts.huurtoeslag, p16.parts.kindgebondenBudget, p16.parts.iit],
      ['1122.45', '0.00', '210.58', '450.86', '490.33', '0.00'],
    );
    assert.equal(p16.netHouseholdMonthly, '4092.37');
    // 24 h: now the partner earns less (19.440 < 20.204,12) and gets the IACK: partner net 19.440 / 12 = 1.620,00;
    //   applicant without IACK: (20.204,1216 − (7.222,9735 − 3.115 − 3.550,8666)) / 12 = 1.637,25
    //   toetsingsinkomen 39.644,12: zorgtoeslag (4.238 − 1.275,38 − 13,73 % × 9.908,12) / 12 = 133,52;
    //   huurtoeslag 476,695 − 22 % × 8.144,12 / 12 = 327,39; KGB (5.884 − 7,60 % × 503,12) / 12 = 487,15
    //   total 1.637,25 + 1.620 + 133,52 + 327,39 + 487,15 + 241,56 = 4.446,87
    const p24 = at(c, 24);
    assert.deepEqual(
      [p24.parts.netWage, p24.parts.partnerNetWage, p24.parts.zorgtoeslag, p24.parts.huurtoeslag, p24.parts.kindgebondenBudget],
      ['1637.25', '1620.00', '133.52', '327.39', '487.15'],
    );
    assert.equal(p24.netHouseholdMonthly, '4446.87');
    assert.ok(c.assumptions.includes('partner-wage-fixed'));
    assert.equal(c.partnerGrossMonthly, '1500.00');
  });

  it('14. rent above the maximale huurgrens (1.100), alleenstaande on bijstand: toeslag only up to 932,93', () => {
    const c = curve({ date: '2026-07-01', household: { adults: [{ age: 45 }], children: [], housemates: [] }, income, housing: { rentMonthly: '1100.00' }, work: wage() });
    // 295,68 + 65 % × 214,82 = 139,633 + 40 % × (932,93 − 713,02) = 87,964 → 523,28 (toetsingsinkomen 21.663 < 23.425)
    // 1.419,46 + 129,20 + 523,28 = 2.071,94
    assert.equal(at(c, 0).parts.huurtoeslag, '523.28');
    assert.equal(at(c, 0).netHouseholdMonthly, '2071.94');
  });

  it('15. high income: every toeslag stops (alleenstaande ouder, child 5, rent 780, € 60 an hour)', () => {
    const c = curve({ date: '2026-07-01', household: { adults: [{ age: 40 }], children: [{ age: 5 }], housemates: [] }, income, housing: { rentMonthly: '780.00' }, work: { grossHourlyWage: '60.00', hoursPerWeek: 0 } });
    // 40 h: year 60 × 40 × 52 × 1,08 = 134.784: zorgtoeslag 0 (> 40.857); KGB 5.996 − 7,60 % × 105.048 < 0;
    //   huurtoeslag 2 persons 463,915 − 22 % × (134.784 − 31.500) / 12 = 463,915 − 1.893,54 < 0; kinderbijslag stays 99,47
    const p = at(c, 40);
    assert.deepEqual([p.parts.zorgtoeslag, p.parts.huurtoeslag, p.parts.kindgebondenBudget, p.parts.bijstand], ['0.00', '0.00', '0.00', '0.00']);
    assert.equal(p.parts.kinderbijslag, '99.47');
    for (const part of ['zorgtoeslag', 'huurtoeslag', 'kindgebondenBudget', 'bijstand']) assert.ok(c.stops.some((s) => s.part === part), part);
  });

  it('16. resident in work (not on bijstand): the current point is the income given, no vrijlating', () => {
    const c = curve({
      date: '2026-07-01',
      household: { adults: [{ age: 35 }], children: [], housemates: [] },
      income: { netMonthly: '1500.00', source: 'work' },
      housing: { rentMonthly: '600.00' },
      work: wage(24),
    });
    assert.equal(c.current?.onBijstand, false);
    assert.equal(c.vrijlating.kind, 'none');
    assert.ok(c.assumptions.includes('no-vrijlating-not-on-bijstand'));
    // current: wage 1.500 as given; the zorgtoeslag 129,20 and huurtoeslag 361,85 at that income (< ijkpunt 23.425)
    assert.equal(c.current?.point.parts.netWage, '1500.00');
    assert.equal(c.current?.point.netHouseholdMonthly, (1500 + 129.2 + 361.85).toFixed(2));
    // 16 h in the curve: no vrijlating, so bijstand 1.419,46 − 1.102,63 = 316,83
    assert.equal(at(c, 16).parts.bijstand, '316.83');
  });

  it('17. a couple with a partner of 19 and a kostendeler: art. 22a lid 3 is refused in words', () => {
    const outcome = run({
      date: '2026-07-01',
      household: { adults: [{ age: 30 }, { age: 19 }], children: [], housemates: [{ age: 50 }] },
      income,
      work: wage(),
    });
    assert.equal(outcome.werkenLoont?.refused, 'partner-18-20-with-kostendelers');
    assert.deepEqual(outcome.werkenLoont?.points, []);
  });

  it('18. a partner\'s wage without a partner is an input error, not a silent zero', () => {
    assert.throws(
      () => run({ date: '2026-07-01', household: { adults: [{ age: 35 }], children: [], housemates: [] }, income, work: { ...wage(), partnerGrossMonthly: '1000.00' } }),
      (e: unknown) => e instanceof InputError && e.field === 'work.partnerGrossMonthly' && e.code === 'partner-wage-without-partner',
    );
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

  it('a partner\'s higher wage never raises the bijstand part (Participatiewet art. 32: all income counts)', () => {
    const couple = fc.record({
      base: arbitrary,
      low: fc.integer({ min: 0, max: 400000 }),
      extra: fc.integer({ min: 1, max: 300000 }),
      partnerAge: fc.integer({ min: 21, max: 66 }),
    });
    fc.assert(
      fc.property(couple, ({ base, low, extra, partnerAge }) => {
        const h = household({ ...base, adults: 1 });
        const withPartner = (cents: number) => {
          const input = {
            ...h,
            household: { ...h.household, adults: [{ age: base.age }, { age: partnerAge }] },
            work: { ...h.work, partnerGrossMonthly: (cents / 100).toFixed(2) },
          };
          return curve(input);
        };
        const a = withPartner(low);
        const b = withPartner(low + extra);
        for (let i = 0; i < a.points.length; i++) {
          assert.ok(Number(b.points[i]!.parts.bijstand) <= Number(a.points[i]!.parts.bijstand), `at ${i} hours`);
        }
      }),
      { numRuns: 25 },
    );
  });
});
