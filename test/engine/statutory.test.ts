/**
 * Issue 21: the answers the law gives in every gemeente, for one whose own rules the check does not know.
 * Expected values: Participatiewet art. 35, 36 and 34 lid 3 (https://wetten.overheid.nl/BWBR0015703/2026-01-01);
 * Uitvoeringsregeling Invorderingswet 1990 art. 16 (kosten van bestaan 90 %, a gemeente may choose up to 100 %);
 * norms of 2026-07-01 in rules/national/bijstandsnormen.json (alleenstaande ouder incl. vakantietoeslag
 * € 1.419,46, the same as alleenstaande); highest known IIT limit 130 % (rules/national, unverified).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateWithWerkenLoont as evaluate } from '../../src/engine/evaluate-with-werken-loont.js';
import type { Outcome } from '../../src/engine/types.js';
import { diskRules } from '../support/disk-rules.js';

const rules = diskRules();
const scheme = (o: Outcome, id: string) => o.schemes.find((s) => s.id === id)!;

/** The resident: a single parent in Amsterdam on bijstand for four years. */
const amsterdam = (extra: Record<string, unknown> = {}) =>
  evaluate(
    {
      date: '2026-07-01',
      municipality: 'Amsterdam',
      household: { adults: [{ age: 34 }], children: [{ age: 6 }], housemates: [] },
      income: { netMonthly: '1250.00', source: 'bijstand', lowSinceMonths: 48 },
      assets: '300.00',
      ...extra,
    },
    rules,
  );

describe('statutory answers for a gemeente without rules here (issue 21)', () => {
  it('gives the Amsterdam single parent IIT, bijzondere bijstand and kwijtschelding with reasons and the gemeente’s own site', () => {
    const o = amsterdam();
    assert.equal(o.covered, false);
    const iit = scheme(o, 'iit');
    assert.equal(iit.status, 'maybe');
    assert.ok(iit.reasons.includes('gemeente-sets-iit'));
    assert.equal(iit.amount, undefined); // the gemeente sets the amount
    assert.equal(iit.portal.url, 'https://www.amsterdam.nl/');
    const bb = scheme(o, 'bijzondere-bijstand');
    assert.equal(bb.status, 'maybe');
    assert.deepEqual(bb.reasons, ['depends-on-costs', 'draagkracht-national-rule']);
    // € 1.250 ≤ 90 % × € 1.419,46 = € 1.277,51 and € 300 savings: no betalingscapaciteit under either choice.
    const kw = scheme(o, 'kwijtschelding');
    assert.equal(kw.status, 'yes');
    assert.equal(kw.incomeLimit?.monthly, '1277.51');
    assert.equal(kw.handler, 'gemeente-of-belastingsamenwerking');
    assert.equal(o.helpRoutes[0]!.url, 'https://www.amsterdam.nl/');
    assert.deepEqual(o.notComputed.map((n) => n.code), ['stadspas', 'local-schemes', 'iit-amount']);
  });

  it('says no to IIT under 21, at a short low income, above the highest known limit and above the assets limit', () => {
    // (At 20 the jongerennorm is lower, so the income may also be above 130 % of it.)
    assert.ok(scheme(amsterdam({ household: { adults: [{ age: 20 }], children: [{ age: 1 }], housemates: [] } }), 'iit').reasons.includes('age-below-minimum'));
    assert.deepEqual(scheme(amsterdam({ income: { netMonthly: '1250.00', source: 'bijstand', lowSinceMonths: 6 } }), 'iit').reasons, ['low-income-too-short']);
    // 130 % × € 1.419,46 = € 1.845,30: € 1.845,31 is above every limit a gemeente is known to use.
    const above = scheme(amsterdam({ income: { netMonthly: '1845.31', source: 'work', lowSinceMonths: 48 } }), 'iit');
    assert.equal(above.status, 'no');
    assert.deepEqual(above.reasons, ['income-above-highest-known-limit']);
    assert.equal(scheme(amsterdam({ income: { netMonthly: '1845.30', source: 'work', lowSinceMonths: 48 } }), 'iit').status, 'maybe');
    // Participatiewet art. 34 lid 3: alleenstaande ouder € 16.000 on 2026-01-01.
    assert.deepEqual(scheme(amsterdam({ assets: '16000.01' }), 'iit').reasons, ['assets-above-limit']);
    assert.equal(scheme(amsterdam({ assets: '16000.00' }), 'iit').status, 'maybe');
  });

  it('makes kwijtschelding depend on the gemeente’s choice between 90 % and 100 % of the norm', () => {
    const between = scheme(amsterdam({ income: { netMonthly: '1277.52', source: 'bijstand', lowSinceMonths: 48 } }), 'kwijtschelding');
    assert.equal(between.status, 'maybe');
    assert.deepEqual(between.reasons, ['kwijtschelding-norm-choice', 'assets-below-limit']);
    const above = scheme(amsterdam({ income: { netMonthly: '2500.00', source: 'work', lowSinceMonths: 0 } }), 'kwijtschelding');
    assert.deepEqual(above.reasons, ['income-above-limit', 'partial-remission-possible', 'assets-below-limit']);
    assert.equal(scheme(amsterdam({ assets: '1277.52' }), 'kwijtschelding').status, 'maybe');
  });

  it('counts the draagkracht rule in bijzondere bijstand for income above the norm and savings above the limit', () => {
    const bb = scheme(amsterdam({ income: { netMonthly: '1600.00', source: 'work' }, assets: '20000.00' }), 'bijzondere-bijstand');
    assert.equal(bb.status, 'maybe');
    assert.deepEqual(bb.reasons, ['depends-on-costs', 'draagkracht-national-rule', 'draagkracht-from-income', 'assets-count-as-draagkracht']);
  });

  it('gives werken loont with its national parts and says local schemes are not in it', () => {
    const o = amsterdam({ housing: { rentMonthly: '700.00' }, work: { grossHourlyWage: '14.71', hoursPerWeek: 0 } });
    assert.ok(o.werkenLoont && o.werkenLoont.points.length > 0);
    assert.ok(o.werkenLoont.assumptions.includes('local-schemes-not-known'));
    assert.ok(!o.werkenLoont.assumptions.includes('local-schemes-status-yes-only'));
    for (const p of o.werkenLoont.points) assert.equal(p.parts.iit ?? '0.00', '0.00');
  });

  it('answers every one of the 342 codes with the three statutory schemes and the gemeente’s own website', () => {
    for (const g of rules.cbsGemeenten!) {
      const o = evaluate({ date: '2026-07-01', municipality: g.code, household: { adults: [{ age: 40 }], children: [], housemates: [] }, income: { netMonthly: '1200.00', source: 'bijstand' }, assets: '0.00' }, rules);
      if (o.covered) continue;
      assert.deepEqual(o.schemes.slice(0, 3).map((s) => s.id), ['iit', 'bijzondere-bijstand', 'kwijtschelding'], g.code);
      assert.ok(o.schemes.slice(0, 3).every((s) => s.reasons.length > 0), g.code);
      assert.equal(o.helpRoutes[0]!.url, g.website, g.code);
    }
  });
});

describe('no gemeente at all: municipality "onbekend" (issue 21, "go on with the national answers")', () => {
  it('gives the statutory answers with the national list of gemeenten as the door, never a local scheme', () => {
    const o = amsterdam({ municipality: 'onbekend' });
    assert.equal(o.covered, false);
    assert.equal(o.municipality, 'onbekend');
    assert.deepEqual(o.schemes.slice(0, 3).map((s) => s.id), ['iit', 'bijzondere-bijstand', 'kwijtschelding']);
    assert.equal(scheme(o, 'iit').status, 'maybe');
    // rules/landelijk.json gemeentenOverzicht: where every gemeente's own site is listed
    assert.equal(o.helpRoutes[0]!.url, rules.landelijk.gemeentenOverzicht);
    assert.equal(scheme(o, 'iit').portal.url, rules.landelijk.gemeentenOverzicht);
  });

  it('only the exact word: a name that merely starts like it is still an unknown gemeente', () => {
    assert.throws(() => amsterdam({ municipality: 'Onbekendstad' }), /unknown-municipality/);
  });
});
