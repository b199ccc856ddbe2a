/**
 * Toeslagen 2026 from the yearly toetsingsinkomen. Zorgtoeslag is checked against the Dienst Toeslagen
 * table "Hoeveel zorgtoeslag" 2026 (https://www.belastingdienst.nl/wps/wcm/connect/nl/zorgtoeslag/content/hoeveel-zorgtoeslag,
 * rows as quoted in a public repository): within € 1 a month. No published worked example was found for
 * huurtoeslag and kindgebonden budget 2026: those are hand calculations from the sourced (unverified) parameters.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lookup } from '../../../src/engine/lookup.js';
import { Decimal, money } from '../../../src/engine/money.js';
import { kinderbijslagMonthly } from '../../../src/engine/werken-loont/kinderbijslag.js';
import { readToeslagParams } from '../../../src/engine/werken-loont/params.js';
import {
  huurtoeslagMonthly,
  kindgebondenBudgetMonthly,
  zorgtoeslagMonthly,
} from '../../../src/engine/werken-loont/toeslagen.js';
import { rules } from './support.js';

const p = readToeslagParams(new Lookup(rules, '2026-07-01'));
const d = (s: string) => new Decimal(s);
const assets = d('1200');
const near = (actual: Decimal, expected: number, within: number, why: string) =>
  assert.ok(Math.abs(actual.toNumber() - expected) <= within, `${why}: got ${money(actual)}, expected ${expected} ± ${within}`);

describe('werken loont: zorgtoeslag 2026 against the Dienst Toeslagen table', () => {
  it('single: 129 up to 29.500; 69 at 35.000; 6 at 40.500; 0 above 40.857', () => {
    near(zorgtoeslagMonthly(p, d('29500'), false, assets), 129, 1, 'table row 29.500');
    near(zorgtoeslagMonthly(p, d('35000'), false, assets), 69, 1, 'table row 35.000');
    near(zorgtoeslagMonthly(p, d('40500'), false, assets), 6, 1, 'table row 40.500');
    assert.equal(money(zorgtoeslagMonthly(p, d('40858'), false, assets)), '0.00');
  });
  it('partners: 246 up to 29.500; 72 at 45.000; 3 at 51.000', () => {
    near(zorgtoeslagMonthly(p, d('29500'), true, assets), 246, 1, 'table row 29.500');
    near(zorgtoeslagMonthly(p, d('45000'), true, assets), 72, 1, 'table row 45.000');
    near(zorgtoeslagMonthly(p, d('51000'), true, assets), 3, 1, 'table row 51.000');
  });
  it('exact formula: single maximum 129,20 (2.119 − 1,912 % × 29.736 = 1.550,45 / 12)', () => {
    assert.equal(money(zorgtoeslagMonthly(p, d('20000'), false, assets)), '129.20');
  });
  it('no zorgtoeslag above the vermogensgrens (146.011 single)', () => {
    assert.equal(money(zorgtoeslagMonthly(p, d('20000'), false, d('146012'))), '0.00');
  });
});

describe('werken loont: huurtoeslag 2026, Wet op de huurtoeslag (BWBR0008659) art. 13, 17, 20, 21 per 1-1-2026', () => {
  // Wht art. 20: kwaliteitskortingsgrens 498,20; aftoppingsgrens 713,02 (1-2 persons) / 764,14 (3+);
  // art. 13 lid 1: maximale huurgrens 932,93 (someone 21+ or a child in the home) or 498,20;
  // basishuur 252,49 − 1,82 (or − 3,63) − 48,15 (BWBR0049106) = 202,52 (or 200,71);
  // art. 21 lid 1: 100 % / 65 % / 40 % (Bht art. 7) / 0 %; art. 21 lid 2: − Y × 27 % (or 22 %) / 12.
  const h = { partner: false, applicantAge: 35, assets };
  it('single, rent 600, income below the ijkpunt', () => {
    // 100 % × (498,20 − 202,52) = 295,68; 65 % × (600 − 498,20) = 66,17; total 361,85
    assert.equal(money(huurtoeslagMonthly(p, d('20000'), { ...h, rentMonthly: d('600'), persons: 1 })), '361.85');
  });
  it('three persons, rent 780: 40 % of the part above the aftoppingsgrens, for everyone (art. 21 lid 1 sub c)', () => {
    // 100 % × (498,20 − 200,71) = 297,49; 65 % × (764,14 − 498,20) = 172,861; 40 % × (780 − 764,14) = 6,344
    // total 476,695 → 476,70
    assert.equal(money(huurtoeslagMonthly(p, d('20000'), { ...h, rentMonthly: d('780'), persons: 3 })), '476.70');
  });
  it('rent 1.100 above the maximale huurgrens: nothing above 932,93 (art. 21 lid 1 sub d)', () => {
    // 1 person: 295,68 + 65 % × (713,02 − 498,20) = 139,633 + 40 % × (932,93 − 713,02) = 87,964 → 523,277
    assert.equal(money(huurtoeslagMonthly(p, d('20000'), { ...h, rentMonthly: d('1100'), persons: 1 })), '523.28');
  });
  it('single above the ijkpunt: the toeslag itself is lowered by Y × 27 % / 12 (art. 21 lid 2 sub a)', () => {
    // toeslag by lid 1: 361,85 (see above); Y = 25.425 − 23.425 = 2.000; 2.000 × 27 % / 12 = 45
    // 361,85 − 45 = 316,85 (the same here as raising the basishuur, but not above the kwaliteitskortingsgrens)
    assert.equal(money(huurtoeslagMonthly(p, d('25425'), { ...h, rentMonthly: d('600'), persons: 1 })), '316.85');
  });
  it('the income reduction comes off the toeslag, not the basishuur: rent 300, high income', () => {
    // lid 1: 100 % × (300 − 202,52) = 97,48; Y = 30.000 − 23.425 = 6.575; × 27 % / 12 = 147,94 > 97,48 → 0
    assert.equal(money(huurtoeslagMonthly(p, d('30000'), { ...h, rentMonthly: d('300'), persons: 1 })), '0.00');
    // meerpersoons, 2 persons, rent 700, income 40.000: lid 1: 297,49 + 65 % × (700 − 498,20) = 131,17 → 428,66
    //   Y = 40.000 − 31.500 = 8.500; × 22 % / 12 = 155,83; 428,66 − 155,83 = 272,83
    assert.equal(money(huurtoeslagMonthly(p, d('40000'), { ...h, partner: true, rentMonthly: d('700'), persons: 2 })), '272.83');
  });
  it('art. 13 lid 1: the 498,20 limit only when everyone is under 21 and no child lives there', () => {
    // applicant 19 alone: rekenhuur counts up to 498,20 → 100 % × (498,20 − 202,52) = 295,68
    assert.equal(money(huurtoeslagMonthly(p, d('10000'), { ...h, applicantAge: 19, residentAges: [19], rentMonthly: d('600'), persons: 1 })), '295.68');
    // applicant 19 with a housemate of 25: 932,93 applies → 297,49 + 65 % × (600 − 498,20) = 66,17 → 363,66
    assert.equal(
      money(huurtoeslagMonthly(p, d('10000'), { ...h, applicantAge: 19, residentAges: [19, 25], rentMonthly: d('600'), persons: 2 })),
      '363.66',
    );
    // applicant 19 with a child of 1: 932,93 applies → the same 363,66
    assert.equal(
      money(huurtoeslagMonthly(p, d('10000'), { ...h, applicantAge: 19, residentAges: [19, 1], childInHome: true, rentMonthly: d('600'), persons: 2 })),
      '363.66',
    );
  });
});

describe('werken loont: kindgebonden budget 2026, Wet KGB (BWBR0022751) art. 2 per 1-1-2026', () => {
  it('alleenstaande ouder, children 3 and 13, income below the drempel', () => {
    // lid 2: 2 × 2.580; lid 4: 724 for the child of 13; lid 6: 3.416 → 9.300 a year; / 12 = 775,00
    assert.equal(money(kindgebondenBudgetMonthly(p, d('21663'), [3, 13], false, assets)), '775.00');
  });
  it('a child of exactly 12 gets the 12-15 supplement: for 11 of 12 such children it applies this month (lid 3, issue 20)', () => {
    // Changed by issue 20: the supplement starts the month after the 12th birthday, so a child of exactly 12
    // usually has it; the old expectation (714,67, no supplement) was 60 a month too little for most.
    // 2 × 2.580 + 724 + 3.416 = 9.300; / 12 = 775,00
    assert.equal(money(kindgebondenBudgetMonthly(p, d('21663'), [3, 12], false, assets)), '775.00');
  });
  it('alleenstaande ouder above the drempel: − 7,60 % of the excess (lid 7)', () => {
    // 9.300 − 7,60 % × (35.000 − 29.736) = 9.300 − 400,064 = 8.899,936; / 12 = 741,66
    assert.equal(money(kindgebondenBudgetMonthly(p, d('35000'), [3, 13], false, assets)), '741.66');
  });
  it('partners, one child of 17: no ALO-kop, 964 supplement, drempel 29.736 + 9.405 = 39.141 (lid 5, 8)', () => {
    // 2.580 + 964 = 3.544; income 30.000 < 39.141; / 12 = 295,33
    assert.equal(money(kindgebondenBudgetMonthly(p, d('30000'), [17], true, assets)), '295.33');
    // a child of exactly 16: the 16-17 supplement 964 (lid 5; issue 20, was the 12-15 supplement 275,33) → 3.544 / 12 = 295,33
    assert.equal(money(kindgebondenBudgetMonthly(p, d('30000'), [16], true, assets)), '295.33');
  });
  it('high income: the kindgebonden budget stops', () => {
    // partners, 1 child of 5: 2.580 − 7,60 % × (80.000 − 39.141) = 2.580 − 3.105,28 < 0 → 0
    assert.equal(money(kindgebondenBudgetMonthly(p, d('80000'), [5], true, assets)), '0.00');
  });
});

describe('werken loont: kinderbijslag, AKW (BWBR0002368) art. 12 lid 3', () => {
  it('children 3 and 12: per quarter 298,40 + 426,29 from 1-7-2026, a third per month', () => {
    // (298,40 + 426,29) / 3 = 241,5633
    assert.equal(money(kinderbijslagMonthly(p, [3, 12], '2026-07-01')), '241.56');
    // before 1-7-2026: (295,07 + 421,53) / 3 = 238,8667
    const jan = readToeslagParams(new Lookup(rules, '2026-01-01'));
    assert.equal(money(kinderbijslagMonthly(jan, [3, 12], '2026-01-01')), '238.87');
  });
  it('by the age on the first day of the quarter: a child of 12 on 15 August may have been 11 on 1 July', () => {
    // (298,40 + 362,35) / 3 = 220,25
    assert.equal(money(kinderbijslagMonthly(p, [3, 12], '2026-08-15')), '220.25');
    // a child of 13 was at least 12 on 1 July: (298,40 + 426,29) / 3 = 241,56
    assert.equal(money(kinderbijslagMonthly(p, [3, 13], '2026-08-15')), '241.56');
  });
});
