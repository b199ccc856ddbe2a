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

describe('werken loont: huurtoeslag 2026 (hand calculations, weak [S] figures)', () => {
  const h = { partner: false, applicantAge: 35, aowAge: false, assets };
  it('single, rent 600, income below the ijkpunt', () => {
    // 100 % × (498,20 − 202,52) = 295,68; 65 % × (600 − 498,20) = 66,17; total 361,85
    assert.equal(money(huurtoeslagMonthly(p, d('20000'), { ...h, rentMonthly: d('600'), persons: 1 })), '361.85');
  });
  it('three persons, rent 780: the part above the aftoppingsgrens 764,14 gets nothing', () => {
    // 100 % × (498,20 − 200,71) = 297,49; 65 % × (764,14 − 498,20) = 172,861; total 470,351
    assert.equal(money(huurtoeslagMonthly(p, d('20000'), { ...h, rentMonthly: d('780'), persons: 3 })), '470.35');
  });
  it('single above the ijkpunt: the basishuur rises by 27 % of the excess / 12', () => {
    // basishuur 202,52 + 27 % × (25.425 − 23.425) / 12 = 202,52 + 45 = 247,52
    // 100 % × (498,20 − 247,52) = 250,68; 65 % × (600 − 498,20) = 66,17; total 316,85
    assert.equal(money(huurtoeslagMonthly(p, d('25425'), { ...h, rentMonthly: d('600'), persons: 1 })), '316.85');
  });
  it('applicant under 21: the rent counts up to 498,20 only', () => {
    // rekenhuur min(600, 498,20) = 498,20; 100 % × (498,20 − 202,52) = 295,68
    assert.equal(money(huurtoeslagMonthly(p, d('10000'), { ...h, applicantAge: 19, rentMonthly: d('600'), persons: 1 })), '295.68');
  });
});

describe('werken loont: kindgebonden budget 2026 (hand calculations, conflicting [S] figures)', () => {
  it('alleenstaande ouder, children 3 and 12, income below the drempel', () => {
    // 2 × 2.580 + 703 (12-15) + 3.416 (ALO-kop) = 9.279 a year; / 12 = 773,25
    assert.equal(money(kindgebondenBudgetMonthly(p, d('21663'), [3, 12], false, assets)), '773.25');
  });
  it('alleenstaande ouder above the drempel: − 7,60 % of the excess', () => {
    // 9.279 − 7,60 % × (35.000 − 29.736) = 9.279 − 400,064 = 8.878,936; / 12 = 739,91
    assert.equal(money(kindgebondenBudgetMonthly(p, d('35000'), [3, 12], false, assets)), '739.91');
  });
  it('partners, one child of 16: no ALO-kop, drempel 39.141', () => {
    // 2.580 + 936 = 3.516; income 30.000 < 39.141; / 12 = 293,00
    assert.equal(money(kindgebondenBudgetMonthly(p, d('30000'), [16], true, assets)), '293.00');
  });
});

describe('werken loont: kinderbijslag', () => {
  it('children 3 and 12: per quarter 298,40 + 426,29 from 1-7-2026 (SVB), a third per month', () => {
    // (298,40 + 426,29) / 3 = 241,5633
    assert.equal(money(kinderbijslagMonthly(p, [3, 12])), '241.56');
    // before 1-7-2026: (295,07 + 421,53) / 3 = 238,8667
    const jan = readToeslagParams(new Lookup(rules, '2026-01-01'));
    assert.equal(money(kinderbijslagMonthly(jan, [3, 12])), '238.87');
  });
});
