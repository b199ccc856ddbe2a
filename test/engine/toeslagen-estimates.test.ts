/**
 * The huurtoeslag estimate in the results looks at everyone in the home, as werken loont does:
 * Wet op de huurtoeslag (BWBR0008659) art. 13 lid 1 sub a gives the higher maximale huurgrens (€ 932,93
 * instead of € 498,20) when the huurder, the partner or a medebewoner is 21 or older, or a child lives there.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate } from '../../src/engine/evaluate.js';
import { diskRules } from '../support/disk-rules.js';
import { withWerkenLoontFigures } from '../../src/rules/bundled-werken-loont.js';

const rules = withWerkenLoontFigures(diskRules());
const huurtoeslag = (age: number, children: number[], housemates: number[], rent: string) =>
  Number(
    evaluate(
      {
        date: '2026-07-01',
        municipality: 'GM0344',
        household: { adults: [{ age }], children: children.map((a) => ({ age: a })), housemates: housemates.map((a) => ({ age: a })) },
        income: { netMonthly: '1100.00', source: 'bijstand', lowSinceMonths: 0 },
        assets: '0.00',
        housing: { rentMonthly: rent },
      },
      rules,
    ).schemes.find((s) => s.id === 'huurtoeslag')?.amount?.value ?? 0,
  );

describe('huurtoeslag estimate: the maximale huurgrens of art. 13 lid 1 sub a', () => {
  it('a huurder of 19 alone: rent above € 498,20 adds nothing', () => {
    assert.equal(huurtoeslag(19, [], [], '700.00'), huurtoeslag(19, [], [], '498.20'));
  });
  it('a huurder of 19 with a child: rent above € 498,20 counts (up to € 932,93)', () => {
    assert.ok(huurtoeslag(19, [1], [], '700.00') > huurtoeslag(19, [1], [], '498.20'));
  });
  it('a huurder of 19 with a medebewoner of 21 or older: rent above € 498,20 counts', () => {
    assert.ok(huurtoeslag(19, [], [25], '700.00') > huurtoeslag(19, [], [25], '498.20'));
  });
});
