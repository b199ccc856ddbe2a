/**
 * Issue 10, "done when": every covered gemeente returns `iit`, `bijzondere-bijstand` and `kwijtschelding` with
 * portals and sources, every outcome carries `helpRoutes` with the gemeente's schuldhulp, and a real gemeente
 * outside the 18 (CBS 2026 list) gets a useful answer instead of an error.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateWithWerkenLoont as evaluate } from '../../src/engine/evaluate-with-werken-loont.js';
import { findCbs } from '../../src/engine/gemeente.js';
import { InputError } from '../../src/engine/input.js';
import { diskRules } from '../support/disk-rules.js';

const rules = diskRules();
const household = (municipality: string, extra: Record<string, unknown> = {}) => ({
  date: '2026-07-01',
  municipality,
  household: { adults: [{ age: 40 }], children: [], housemates: [] },
  income: { netMonthly: '1348.49', source: 'bijstand', lowSinceMonths: 40 },
  assets: '0.00',
  ...extra,
});

describe('every covered gemeente is complete', () => {
  for (const entry of rules.gemeenten) {
    it(`${entry.name} (${entry.code}): iit, bijzondere bijstand and kwijtschelding with portal and sources; schuldhulp first`, () => {
      const outcome = evaluate(household(entry.code), rules);
      assert.equal(outcome.covered, true);
      for (const id of ['iit', 'bijzondere-bijstand', 'kwijtschelding']) {
        const scheme = outcome.schemes.find((s) => s.id === id);
        assert.ok(scheme, `${id} is missing`);
        assert.match(scheme.portal.url, /^https:\/\//);
        assert.ok(scheme.sources.length > 0 && scheme.reasons.length > 0);
      }
      assert.equal(outcome.helpRoutes[0]!.id, 'schuldhulp');
      assert.ok(outcome.helpRoutes[0]!.name && /^https:\/\//.test(outcome.helpRoutes[0]!.url));
      assert.deepEqual(outcome.helpRoutes.slice(1).map((r) => r.id), ['geldfit', 'juridisch-loket']);
    });
  }

  it('an IIT without known amounts never says yes and never shows an amount', () => {
    for (const entry of rules.gemeenten) {
      const iit = evaluate(household(entry.code, { income: { netMonthly: '0.00', source: 'none', lowSinceMonths: 120 } }), rules).schemes.find((s) => s.id === 'iit')!;
      if (iit.reasons.includes('amount-unknown')) {
        assert.equal(iit.status, 'maybe', entry.name);
        assert.equal(iit.amount, undefined, entry.name);
      }
    }
  });
});

describe('gemeenten outside the check (CBS 2026)', () => {
  const cbs = rules.cbsGemeenten!;

  it('the list has the 342 gemeenten of 2026, Hoorn as GM0405 and Schagen as GM0441', () => {
    assert.equal(cbs.length, 342);
    assert.equal(cbs.find((g) => g.code === 'GM0405')!.name, 'Hoorn');
    assert.equal(cbs.find((g) => g.code === 'GM0441')!.name, 'Schagen');
  });

  it('finds a gemeente by code, name, the name without the CBS suffix and the name people use', () => {
    assert.deepEqual(findCbs(cbs, '0363').map((g) => g.name), ['Amsterdam']);
    assert.deepEqual(findCbs(cbs, 'laren').map((g) => g.code), ['GM0417']);
    assert.deepEqual(findCbs(cbs, 'Den Haag').map((g) => g.code), ['GM0518']);
    assert.equal(findCbs(cbs, 'Bergen').length, 2);
    assert.deepEqual(findCbs(cbs, 'Atlantis'), []);
  });

  // Issue 21 changed this: an uncovered gemeente now also gets the statutory IIT, bijzondere bijstand and
  // kwijtschelding (Participatiewet art. 35-36, Invorderingswet 1990 art. 26) before the toeslagen.
  it('answers an uncovered gemeente with the statutory schemes, toeslagen and help, whatever the household', () => {
    const outcome = evaluate(household('Laren', { household: { adults: [{ age: 30 }, { age: 31 }], children: [{ age: 2 }], housemates: [] }, housing: { rentMonthly: '800.00' } }), rules);
    assert.equal(outcome.covered, false);
    assert.equal(outcome.municipalityName, 'Laren (NH.)');
    assert.deepEqual(outcome.schemes.map((s) => s.id), ['iit', 'bijzondere-bijstand', 'kwijtschelding', 'zorgtoeslag', 'huurtoeslag', 'kindgebonden-budget']);
    assert.ok(outcome.schemes.every((s) => s.amount === undefined || s.amount.per === 'month'));
    assert.equal(outcome.helpRoutes[0]!.id, 'gemeente');
  });

  it('still refuses what is no gemeente, and a name shared by two, naming the field', () => {
    assert.throws(() => evaluate(household('GM9999'), rules), (e) => e instanceof InputError && e.field === 'municipality' && e.code === 'unknown-municipality');
    assert.throws(() => evaluate(household('Bergen'), rules), (e) => e instanceof InputError && e.code === 'ambiguous-municipality');
  });
});
