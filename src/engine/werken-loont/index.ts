import { ParameterDateError } from '../../rules/parameter.js';
import { MissingParameterError } from '../lookup.js';
import { Decimal, ZERO, cents, money } from '../money.js';
import { type SchemeContext, assetLimit, schemeLookup } from '../schemes/context.js';
import type { WorkInput } from '../types.js';
import { bijstandTopUp, regimeOn, vrijgelaten, vrijlatingOn } from './bijstand.js';
import { CURVE_HOURS, armoedeval, drempelHours, stops } from './curve.js';
import { kinderbijslagMonthly } from './kinderbijslag.js';
import { localSchemesMonthly } from './local.js';
import { readTaxParams, readToeslagParams } from './params.js';
import { type TaxParams, grossedUpIncome, wageAt } from './tax.js';
import { huurtoeslagMonthly, kindgebondenBudgetMonthly, zorgtoeslagMonthly } from './toeslagen.js';
import type { WerkenLoontAssumption, WerkenLoontOutcome, WerkenLoontParts, WerkenLoontPoint } from './types.js';

/**
 * "Werken loont": the net monthly household income at 0 to 40 hours a week for the applicant's gross hourly
 * wage, with its parts, and where working more gives less (armoedeval).
 *
 * Scope: only the applicant works; a partner's or housemate's income is not asked and counts as zero.
 * Every hour count is treated as if worked all year with the vrijlating of this month. Households with
 * someone at AOW age are left out (AIO, other tax rates). When a figure has no value on the date (before
 * 2026 for the tax figures) or is missing from the rules, the whole part is left out (undefined) and the
 * rest of the evaluation is unaffected.
 */
export function evaluateWerkenLoont(ctx: SchemeContext): WerkenLoontOutcome | undefined {
  const work = ctx.input.work;
  if (!work || ctx.facts.anyAdultAtAowAge) return undefined;
  try {
    return curveFor(ctx, work);
  } catch (error) {
    if (error instanceof ParameterDateError || error instanceof MissingParameterError) return undefined;
    throw error;
  }
}

function curveFor(ctx: SchemeContext, work: WorkInput): WerkenLoontOutcome {
  const { input, facts } = ctx;
  const lookup = schemeLookup(ctx);
  const tax = readTaxParams(lookup);
  const toeslag = readToeslagParams(lookup);
  const regime = regimeOn(lookup);
  const months = work.monthsWorkingOnBijstand ?? 0;
  const vrijlating = vrijlatingOn(lookup, regime, facts, months);
  const hourly = new Decimal(work.grossHourlyWage);
  const norm = ctx.norm.inclVakantietoeslag;
  const bijstandPossible =
    input.income.source !== 'study' && !ctx.assets.greaterThan(assetLimit(ctx, lookup, 'participatiewet'));
  const partner = facts.adultAges.length === 2;
  const persons = facts.adultAges.length + facts.childAges.length + input.household.housemates.length;
  const rent = input.housing ? new Decimal(input.housing.rentMonthly) : undefined;

  const points: WerkenLoontPoint[] = CURVE_HOURS.map((hours) => {
    const wage = wageAt(tax, hourly, hours);
    // The gemeente sets off the net wage in cents (as on the loonstrook), and the vrijlating in cents.
    const netWage = cents(wage.netMonthly);
    const bijstand = bijstandPossible ? bijstandTopUp(norm, netWage, cents(vrijgelaten(vrijlating, netWage))) : ZERO;
    const toetsingsinkomen = toetsingsinkomenOf(tax, wage.annual, netWage, bijstand, partner);
    const values: [string, Decimal][] = [
      ['netWage', netWage],
      ['bijstand', bijstand],
      ['zorgtoeslag', zorgtoeslagMonthly(toeslag, toetsingsinkomen, partner, ctx.assets)],
      [
        'huurtoeslag',
        rent
          ? huurtoeslagMonthly(toeslag, toetsingsinkomen, {
              rentMonthly: rent,
              persons,
              partner,
              applicantAge: facts.applicantAge,
              aowAge: facts.anyAdultAtAowAge,
              assets: ctx.assets,
            })
          : ZERO,
      ],
      ['kindgebondenBudget', kindgebondenBudgetMonthly(toeslag, toetsingsinkomen, facts.childAges, partner, ctx.assets)],
      ['kinderbijslag', kinderbijslagMonthly(toeslag, facts.childAges)],
      ['iit', ZERO],
      ['stadspas', ZERO],
    ];
    const local = localSchemesMonthly(ctx, netWage.plus(bijstand), bijstand.greaterThan(0));
    const parts: Record<string, string> = {};
    let total = ZERO;
    for (const [key, value] of values) parts[key] = money(local.get(key) ?? value);
    for (const [key, value] of local) if (!Object.hasOwn(parts, key)) parts[key] = money(value);
    for (const value of Object.values(parts)) total = total.plus(value);
    return {
      hoursPerWeek: hours,
      grossMonthlyWage: money(wage.grossMonthly),
      netHouseholdMonthly: money(total),
      parts: parts as WerkenLoontParts,
    };
  });

  const assumptions: WerkenLoontAssumption[] = ['vakantiegeld-spread-monthly', 'same-hours-all-year', 'local-schemes-status-yes-only'];
  if (partner) assumptions.unshift('only-applicant-works');
  if (!bijstandPossible) assumptions.push('no-bijstand-assets-above-limit');
  if (!rent) assumptions.push('no-housing-given');
  if (input.household.housemates.length > 0) assumptions.push('housemates-income-not-counted');

  return {
    grossHourlyWage: money(hourly),
    currentHours: work.hoursPerWeek,
    regime,
    vrijlating: {
      kind: vrijlating.kind,
      monthsWorking: months,
      percentage: vrijlating.percentage.toString(),
      ...(vrijlating.maximum && { maximumMonthly: money(vrijlating.maximum) }),
      monthsLeft: vrijlating.monthsLeft,
    },
    points,
    armoedeval: armoedeval(points),
    drempelHours: drempelHours(points),
    stops: stops(points),
    assumptions,
    parameterDate: lookup.validFrom(lookup.rules.national['ib.schijf1.tarief']!),
    unverified: [...new Set([...lookup.unverified, ...ctx.normLookup.unverified])],
    sources: [...new Set([...lookup.sources, ...ctx.normLookup.sources])],
  };
}

/**
 * The household's yearly toetsingsinkomen: the wage plus the gross amount of the bijstand. Bijstand for a
 * couple is paid half to each partner, each with their own algemene heffingskorting, so each half is
 * grossed up separately (the partner's without wage).
 */
function toetsingsinkomenOf(tax: TaxParams, annualWage: Decimal, netWage: Decimal, bijstand: Decimal, partner: boolean): Decimal {
  if (!bijstand.greaterThan(0)) return annualWage;
  if (!partner) return grossedUpIncome(tax, annualWage, netWage.plus(bijstand).times(12));
  const half = bijstand.times(12).dividedBy(2);
  return grossedUpIncome(tax, annualWage, netWage.times(12).plus(half)).plus(grossedUpIncome(tax, ZERO, half));
}
