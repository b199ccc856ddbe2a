/**
 * Issue 20 item 6: nothing silently missing. The bijstand norms start 2025-07-01, the toeslagen and tax
 * figures 2026-01-01 (rules/national/*.json): between those dates the toeslagen are named in `notComputed`
 * with a reason, and so is werken loont when asked for. Item 2: a child of exactly 12 or 16 gets the
 * kindgebonden budget's age supplement (Wet KGB art. 2 lid 3-5), with the reason that it starts the month
 * after the birthday.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateWithWerkenLoont } from '../../src/engine/evaluate-with-werken-loont.js';
import type { HouseholdInput } from '../../src/engine/types.js';
import { withWerkenLoontFigures } from '../../src/rules/bundled-werken-loont.js';
import { diskRules } from '../support/disk-rules.js';

const rules = withWerkenLoontFigures(diskRules());
const household = (date: string, childAge = 5): HouseholdInput => ({
  date,
  municipality: 'GM0344',
  household: { adults: [{ age: 35 }], children: [{ age: childAge }], housemates: [] },
  income: { netMonthly: '1400.00', source: 'bijstand', lowSinceMonths: 40 },
  assets: '0.00',
  housing: { rentMonthly: '700.00' },
  work: { grossHourlyWage: '14.00', hoursPerWeek: 0 },
});

describe('notComputed names what could not be computed on the date (issue 20)', () => {
  for (const date of ['2025-07-01', '2025-09-01', '2025-12-31']) {
    it(`${date}: the three toeslagen and werken loont, each with figures-missing-on-date`, () => {
      const outcome = evaluateWithWerkenLoont(household(date), rules);
      assert.ok(outcome.schemes.length > 0, 'the local schemes are still there');
      assert.equal(outcome.werkenLoont, undefined);
      const missing = outcome.notComputed.filter((n) => n.reason === 'figures-missing-on-date').map((n) => n.id);
      assert.deepEqual(missing, ['zorgtoeslag', 'huurtoeslag', 'kindgebonden-budget', 'werken-loont']);
      assert.ok(outcome.schemes.some((s) => s.id === 'kwijtschelding'), 'kwijtschelding without its 2026 bounds is still answered');
      for (const n of outcome.notComputed) assert.ok(n.url.startsWith('https://'));
    });
  }
  it('2026-01-01: everything computed, nothing named for the date', () => {
    const outcome = evaluateWithWerkenLoont(household('2026-01-01'), rules);
    assert.deepEqual(outcome.notComputed.filter((n) => n.reason), []);
    assert.ok(outcome.werkenLoont);
  });
});

describe('kindgebonden budget for a child of exactly 12 or 16 (issue 20)', () => {
  const kgb = (age: number) => evaluateWithWerkenLoont(household('2026-09-01', age), rules).schemes.find((s) => s.id === 'kindgebonden-budget')!;
  it('12: (2,580 + 724 + 3,416) / 12 = 560.00, with the reason about the month after the birthday', () => {
    assert.equal(kgb(12).amount?.value, '560.00');
    assert.ok(kgb(12).reasons.includes('kgb-supplement-month-after-birthday'));
  });
  it('16: (2,580 + 964 + 3,416) / 12 = 580.00, with the same reason', () => {
    assert.equal(kgb(16).amount?.value, '580.00');
    assert.ok(kgb(16).reasons.includes('kgb-supplement-month-after-birthday'));
  });
  it('11 and 13: no such reason', () => {
    assert.ok(!kgb(11).reasons.includes('kgb-supplement-month-after-birthday'));
    assert.ok(!kgb(13).reasons.includes('kgb-supplement-month-after-birthday'));
  });
});
