/**
 * Issue 20 item 3: `no` where no limit can be met, `maybe` only where an unknown really decides, and the
 * distance from the limit that decided.
 * - IIT: where a gemeente's limit is unknown, no gemeente is known to use more than 130 % of the norm with
 *   vakantietoeslag (iit.hoogste-bekende-inkomensgrens: Noordenveld, Hilversum).
 * - Kwijtschelding: Uitvoeringsregeling Invorderingswet 1990 art. 11 (at least 80 % of the capacity is used),
 *   art. 13 (capacity = 12 × (net income − kosten van bestaan)), art. 15 (woonlasten up to the maximale
 *   huurgrens € 932.93, health premiums; bound € 185 each), art. 16 (kosten van bestaan 90-100 % of the norm);
 *   the largest plausible aanslag € 3,000 a year. For a single person at 100 % of the 2026-07 norm 1,419.46:
 *   1,419.46 + 932.93 + 185 + 3,000 / 12 / 0.8 = 2,849.89 a month.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate } from '../../src/engine/evaluate.js';
import type { HouseholdInput } from '../../src/engine/types.js';
import { diskRules } from '../support/disk-rules.js';

const rules = diskRules();
const gemeenten = rules.organisations.flatMap((o) => o.gemeenten.map((g) => g.code));
const earner = (municipality: string, netMonthly: string): HouseholdInput => ({
  date: '2026-09-01',
  municipality,
  household: { adults: [{ age: 40 }], children: [], housemates: [] },
  income: { netMonthly, source: 'work', lowSinceMonths: 40 },
  assets: '0.00',
});
const scheme = (input: HouseholdInput, id: string) => evaluate(input, rules).schemes.find((s) => s.id === id)!;

describe('no where no limit can be met (issue 20)', () => {
  it('the 18 gemeenten are all here', () => assert.equal(gemeenten.length, 18));

  for (const code of gemeenten) {
    it(`${code}: a single earner with € 3,000 net gets no for IIT and kwijtschelding, with the distance above the limit`, () => {
      for (const id of ['iit', 'kwijtschelding']) {
        const s = scheme(earner(code, '3000.00'), id);
        assert.equal(s.status, 'no', `${id}: ${s.reasons.join(', ')}`);
        assert.equal(s.distance?.direction, 'above', id);
        assert.ok(Number(s.distance!.amount) > 0);
        assert.equal((3000 - Number(s.distance!.limit)).toFixed(2), s.distance!.amount);
      }
    });
  }

  it('kwijtschelding in Utrecht (100 %): 2,849.89 is still maybe, 2,849.90 is no, € 0.01 above', () => {
    assert.equal(scheme(earner('GM0344', '2849.89'), 'kwijtschelding').status, 'maybe');
    const above = scheme(earner('GM0344', '2849.90'), 'kwijtschelding');
    assert.equal(above.status, 'no');
    assert.deepEqual(above.reasons, ['income-too-high-for-remission']);
    assert.deepEqual(above.distance, { amount: '0.01', per: 'month', direction: 'above', limit: '2849.89' });
  });

  it('IIT with an unknown limit (Medemblik): up to 130 % of the norm maybe, a cent above it no', () => {
    // 130 % × 1,419.46 = 1,845.298 → 1,845.30
    const at = scheme(earner('GM0420', '1845.30'), 'iit');
    assert.equal(at.status, 'maybe');
    assert.ok(at.reasons.includes('income-limit-unknown'));
    const above = scheme(earner('GM0420', '1845.31'), 'iit');
    assert.equal(above.status, 'no');
    assert.deepEqual(above.reasons, ['income-above-highest-known-limit']);
    assert.deepEqual(above.distance, { amount: '0.01', per: 'month', direction: 'above', limit: '1845.30' });
  });

  it('a known limit: the distance is the income above it (Utrecht IIT, 110 % for a single person)', () => {
    const s = scheme(earner('GM0344', '1600.00'), 'iit');
    assert.equal(s.status, 'no');
    assert.equal(s.distance?.limit, s.incomeLimit?.monthly);
  });
});
