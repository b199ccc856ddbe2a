/**
 * Issue 20 item 1: the toeslagen cards and werken loont's `current` point are one calculation (incomeNow and
 * toeslagenAt). The expected amounts are worked out by hand from the law texts as in force on 2026-09-01, with
 * the 2026 figures in rules/national/ (each with its source there).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { evaluateWithWerkenLoont } from '../../src/engine/evaluate-with-werken-loont.js';
import type { HouseholdInput, Outcome } from '../../src/engine/types.js';
import { withWerkenLoontFigures } from '../../src/rules/bundled-werken-loont.js';
import { diskRules } from '../support/disk-rules.js';

const rules = withWerkenLoontFigures(diskRules());
const card = (o: Outcome, id: string) => o.schemes.find((s) => s.id === id)?.amount?.value;

const singleParent: HouseholdInput = {
  date: '2026-09-01',
  municipality: 'Utrecht',
  household: { adults: [{ age: 29 }], children: [{ age: 2 }], housemates: [] },
  income: { netMonthly: '1900.00', source: 'work', lowSinceMonths: 40 },
  assets: '0.00',
  housing: { rentMonthly: '720.00' },
  work: { grossHourlyWage: '14.50', hoursPerWeek: 32 },
};

describe('the toeslagen cards and werken loont give the amounts of the law (issue 20)', () => {
  /*
   * Gross wage 14.50 × 32 × 52 / 12 = 2,010.67 a month; with 8 % vakantiegeld 26,058.24 a year: the
   * toetsingsinkomen (Awir art. 8; arbeidskorting and IACK lower the tax, not the toetsingsinkomen).
   * Zorgtoeslag (Wzt art. 2): 2,119 − 1.912 % × 29,736 = 1,550.45 a year = 129.20 a month (income under the drempel).
   * Huurtoeslag (Wht art. 21, two persons): (498.20 − 200.71) + 65 % × (713.02 − 498.20) + 40 % × (720 − 713.02)
   *   = 439.915 → 439.92; income under the ijkpunt 31,500, so no afbouw.
   * Kindgebonden budget (Wet KGB art. 2 lid 2 and 6): (2,580 + 3,416) / 12 = 499.67; income under 29,736.
   */
  it('single parent of 29, 32 h at € 14.50, child of 2, rent € 720: 129.20, 439.92 and 499.67 on the cards and in werken loont', () => {
    const outcome = evaluateWithWerkenLoont(singleParent, rules);
    const parts = outcome.werkenLoont!.current!.point.parts;
    assert.deepEqual([card(outcome, 'zorgtoeslag'), card(outcome, 'huurtoeslag'), card(outcome, 'kindgebonden-budget')], ['129.20', '439.92', '499.67']);
    assert.deepEqual([parts.zorgtoeslag, parts.huurtoeslag, parts.kindgebondenBudget], ['129.20', '439.92', '499.67']);
  });

  it('the same parent who gives the net wage without hours: grossed up with arbeidskorting and IACK, the same amounts', () => {
    const withHours = evaluateWithWerkenLoont(singleParent, rules);
    // The model's net wage at 32 hours, given as the household's net income without a work block.
    const net = withHours.werkenLoont!.points[32]!.parts.netWage;
    const { work: _work, ...withoutWork } = singleParent;
    const outcome = evaluateWithWerkenLoont({ ...withoutWork, income: { ...singleParent.income, netMonthly: net } }, rules);
    assert.deepEqual([card(outcome, 'zorgtoeslag'), card(outcome, 'huurtoeslag'), card(outcome, 'kindgebonden-budget')], ['129.20', '439.92', '499.67']);
  });

  /*
   * Bijstand for gehuwden is paid half to each (Participatiewet art. 45): each half, 12 × 1,013.90 =
   * 12,166.80 net, is grossed up with that partner's own algemene heffingskorting (Wet IB art. 8.10, € 3,115):
   * X − (35.75 % × X − 3,115) = 12,166.80 gives X = 14,088.40, twice 28,176.81, under the drempelinkomen 29,736.
   * Zorgtoeslag for partners (Wzt art. 2 lid 2): 2 × 2,119 − 4.289 % × 29,736 = 2,962.62 a year = 246.89 a month.
   */
  it('couple on bijstand, children of 4 and 9, rent € 850: zorgtoeslag 246.89 on the card and in werken loont', () => {
    const outcome = evaluateWithWerkenLoont(
      {
        date: '2026-09-01',
        municipality: 'Utrecht',
        household: { adults: [{ age: 35 }, { age: 35 }], children: [{ age: 4 }, { age: 9 }], housemates: [] },
        income: { netMonthly: '2027.79', source: 'bijstand', lowSinceMonths: 40 },
        assets: '0.00',
        housing: { rentMonthly: '850.00' },
        work: { grossHourlyWage: '14.71', hoursPerWeek: 0 },
      },
      rules,
    );
    assert.equal(card(outcome, 'zorgtoeslag'), '246.89');
    assert.equal(outcome.werkenLoont!.current!.point.parts.zorgtoeslag, '246.89');
  });
});

const cents = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((c) => (c / 100).toFixed(2));
const household = fc.record({
  date: fc.constantFrom('2026-01-01', '2026-07-01', '2026-09-01', '2026-12-31', '2027-03-01'),
  municipality: fc.constantFrom(...rules.organisations.flatMap((o) => o.gemeenten.map((g) => g.code))),
  household: fc.record({
    adults: fc.array(fc.record({ age: fc.integer({ min: 18, max: 66 }) }), { minLength: 1, maxLength: 2 }),
    children: fc.array(fc.record({ age: fc.integer({ min: 0, max: 17 }) }), { maxLength: 4 }),
    housemates: fc.array(fc.record({ age: fc.integer({ min: 18, max: 80 }), student: fc.boolean() }), { maxLength: 2 }),
  }),
  income: fc.record({
    netMonthly: cents(0, 5000),
    source: fc.constantFrom('none', 'bijstand', 'work', 'benefit', 'pension', 'study'),
    lowSinceMonths: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
  }),
  assets: cents(0, 60000),
  housing: fc.option(fc.record({ rentMonthly: cents(0, 1500) }), { nil: undefined }),
  work: fc.record({
    grossHourlyWage: cents(10, 40),
    hoursPerWeek: fc.integer({ min: 0, max: 40 }),
    partnerGrossMonthly: fc.option(cents(0, 5000), { nil: undefined }),
  }),
}).map((h) => {
  // A partner's wage needs a partner (input rule partner-wage-without-partner).
  if (h.household.adults.length === 1) delete (h.work as { partnerGrossMonthly?: string }).partnerGrossMonthly;
  if (!h.housing) delete (h as { housing?: unknown }).housing;
  return h;
}) as fc.Arbitrary<HouseholdInput>;

describe('property: one toeslagen calculation', () => {
  it("for 2,000 random households the cards' amounts equal werken loont's current point to the cent", () => {
    let compared = 0;
    fc.assert(
      fc.property(household, (input) => {
        const outcome = evaluateWithWerkenLoont(input, rules);
        const parts = outcome.werkenLoont?.current?.point.parts;
        if (!parts) return; // AOW age or a household werken loont refuses: no current point to compare
        compared++;
        assert.equal(card(outcome, 'zorgtoeslag') ?? '0.00', parts.zorgtoeslag);
        if (input.housing) assert.equal(card(outcome, 'huurtoeslag') ?? '0.00', parts.huurtoeslag);
        if (input.household.children.length > 0) assert.equal(card(outcome, 'kindgebonden-budget') ?? '0.00', parts.kindgebondenBudget);
      }),
      { numRuns: 2_000 },
    );
    assert.ok(compared > 1_500, `only ${compared} households had a current point`);
  });
});
