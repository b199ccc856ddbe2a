import { ParameterDateError, valueOn } from '../../rules/parameter.js';
import { MissingParameterError } from '../lookup.js';
import { Decimal, ZERO, cents, dmax, money } from '../money.js';
import { type SchemeContext, assetLimit, schemeLookup } from '../schemes/context.js';
import type { WorkInput } from '../types.js';
import { NO_VRIJLATING, type Vrijlating, bijstandTopUp, regimeOn, vrijgelaten, vrijlatingOn } from './bijstand.js';
import { CURVE_HOURS, armoedeval, drempelHours, stops } from './curve.js';
import { type Wages, incomeNow, toetsingsinkomenOf, wagesAt } from './income-now.js';
import { kinderbijslagMonthly } from './kinderbijslag.js';
import { localSchemesMonthly } from './local.js';
import { readTaxParams, readToeslagParams } from './params.js';
import type { TaxParams } from './tax.js';
import { toeslagenAt } from './toeslagen.js';
import type { ToeslagParams } from './params.js';
import type {
  WerkenLoontAssumption,
  WerkenLoontCurrent,
  WerkenLoontOutcome,
  WerkenLoontParts,
  WerkenLoontPoint,
} from './types.js';

/**
 * "Werken loont": the net monthly household income at 0 to 40 hours a week for the applicant's gross hourly
 * wage, with its parts, and where working more gives less (armoedeval).
 *
 * The whole household: a partner's gross monthly wage (work.partnerGrossMonthly) stays fixed while the
 * applicant's hours vary, and counts for the bijstand, the toeslagen and the gemeente's income limits.
 * Housemates' income is not asked and counts as zero. Every hour count is treated as if worked all year with
 * the vrijlating of this month. Households with someone at AOW age are left out (AIO, other tax rates); a
 * couple with one partner of 18-20 and kostendelers is refused in words (art. 22a lid 3 is not modelled).
 * When a figure has no value on the date (before 2026 for the tax figures) or is missing from the rules, the
 * whole part is left out (undefined) and the rest of the evaluation is unaffected.
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

/** What is the same at every hour count: parameters, the household and the partner's wage. */
interface Setting {
  ctx: SchemeContext;
  tax: TaxParams;
  toeslag: ToeslagParams;
  vrijlating: Vrijlating;
  norm: Decimal;
  bijstandPossible: boolean;
  partner: boolean;
  partnerGross: Decimal | undefined;
  rent: Decimal | undefined;
}

function curveFor(ctx: SchemeContext, work: WorkInput): WerkenLoontOutcome {
  const { input, facts } = ctx;
  const lookup = schemeLookup(ctx);
  const partner = facts.adultAges.length === 2;
  const common = {
    date: input.date,
    grossHourlyWage: money(new Decimal(work.grossHourlyWage)),
    currentHours: work.hoursPerWeek,
    parameterDate: '',
    unverified: [...new Set([...lookup.unverified, ...ctx.normLookup.unverified])],
    sources: [...new Set([...lookup.sources, ...ctx.normLookup.sources])],
  };
  // Art. 22a lid 3 (a partner of 18-20 with kostendelers) is not modelled: say so rather than guess.
  if (partner && facts.youngAdults === 1 && facts.kostendelers > 0) {
    return {
      ...common,
      refused: 'partner-18-20-with-kostendelers',
      regime: 'art31',
      vrijlating: { kind: 'none', monthsWorking: 0, percentage: '0', monthsLeft: 0 },
      points: [],
      armoedeval: [],
      drempelHours: null,
      stops: [],
      assumptions: [],
    };
  }
  const tax = readTaxParams(lookup);
  const toeslag = readToeslagParams(lookup);
  const regime = regimeOn(lookup);
  const months = work.monthsWorkingOnBijstand ?? 0;
  const onBijstand = input.income.source === 'bijstand';
  // The vrijlating is for someone on bijstand who works (art. 31 lid 2 sub n/r, art. 34a): for a resident
  // who is not on bijstand now, the curve shows the bijstand they could get, without a vrijlating.
  const vrijlating = onBijstand ? vrijlatingOn(lookup, regime, facts, months) : NO_VRIJLATING;
  const s: Setting = {
    ctx,
    tax,
    toeslag,
    vrijlating,
    norm: ctx.norm.inclVakantietoeslag,
    bijstandPossible: input.income.source !== 'study' && !ctx.assets.greaterThan(assetLimit(ctx, lookup, 'participatiewet')),
    partner,
    partnerGross: partner && work.partnerGrossMonthly !== undefined ? new Decimal(work.partnerGrossMonthly) : undefined,
    rent: input.housing ? new Decimal(input.housing.rentMonthly) : undefined,
  };
  const hourly = new Decimal(work.grossHourlyWage);
  const points = CURVE_HOURS.map((hours) => pointAt(s, hours, wageFor(s, hourly, hours)));

  // A gemeente without rules here (issue 21) has no local parts in the curve: say so rather than imply none exist.
  const local = ctx.gemeente.regelingen.length > 0 ? 'local-schemes-status-yes-only' : 'local-schemes-not-known';
  const assumptions: WerkenLoontAssumption[] = ['vakantiegeld-spread-monthly', 'same-hours-all-year', local];
  if (partner) assumptions.unshift(s.partnerGross ? 'partner-wage-fixed' : 'only-applicant-works');
  if (!onBijstand) assumptions.push('no-vrijlating-not-on-bijstand');
  if (!s.bijstandPossible) assumptions.push('no-bijstand-assets-above-limit');
  if (!s.rent) assumptions.push('no-housing-given');
  if (input.household.housemates.length > 0) assumptions.push('housemates-income-not-counted');

  return {
    ...common,
    ...(s.partnerGross && { partnerGrossMonthly: money(s.partnerGross) }),
    ...bufferbudget(lookup),
    current: currentFor(s, work.hoursPerWeek),
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
  };
}

/** Art. 34b bufferbudget, only on a date on or after its start (1-1-2027). */
function bufferbudget(lookup: ReturnType<typeof schemeLookup>): { bufferbudgetMaximum?: string } {
  const parameter = lookup.rules.national['bufferbudget.maximum'];
  if (!parameter) return {};
  try {
    return { bufferbudgetMaximum: money(new Decimal(valueOn(parameter, lookup.date, 'bufferbudget.maximum'))) };
  } catch (error) {
    if (error instanceof ParameterDateError) return {};
    throw error;
  }
}

/** Both wages at an hour count, with the IACK for whoever art. 8.14a gives it to. */
function wageFor(s: Setting, hourly: Decimal, hours: number): Wages {
  return wagesAt(s.tax, s.ctx, hourly, hours, s.partnerGross);
}

/** One point of the curve: the model's wage, bijstand, toeslagen and local schemes at an hour count. */
function pointAt(s: Setting, hours: number, w: Wages): WerkenLoontPoint {
  // The gemeente sets off net wages in cents (as on the loonstrook), and the vrijlating in cents.
  const netWage = cents(w.applicant.netMonthly);
  const partnerNet = w.partner ? cents(w.partner.netMonthly) : ZERO;
  // Only the applicant's wage gets the vrijlating: the months the partner has worked on bijstand are not
  // asked, so the partner's wage counts in full (never more bijstand than the law gives).
  const bijstand = s.bijstandPossible
    ? dmax(ZERO, bijstandTopUp(s.norm, netWage, cents(vrijgelaten(s.vrijlating, netWage))).minus(partnerNet))
    : ZERO;
  const toetsingsinkomen = toetsingsinkomenOf(s.tax, w, { wage: netWage, partnerWage: partnerNet, bijstand, other: ZERO }, s.partner);
  return assemble(s, hours, w.applicant.grossMonthly, toetsingsinkomen, netWage.plus(partnerNet).plus(bijstand), bijstand.greaterThan(0), [
    ['netWage', netWage],
    ...(w.partner ? ([['partnerNetWage', partnerNet]] as [string, Decimal][]) : []),
    ['bijstand', bijstand],
  ]);
}

/** Adds the toeslagen, kinderbijslag and the gemeente's schemes to the income parts of a point. */
function assemble(
  s: Setting,
  hours: number,
  grossMonthly: Decimal,
  toetsingsinkomen: Decimal,
  netIncome: Decimal,
  onBijstand: boolean,
  income: [string, Decimal][],
): WerkenLoontPoint {
  const { ctx, toeslag } = s;
  const { facts, input } = ctx;
  const toeslagen = toeslagenAt(toeslag, ctx, toetsingsinkomen, ctx.assets);
  const values: [string, Decimal][] = [
    ...income,
    ['zorgtoeslag', toeslagen.zorgtoeslag],
    ['huurtoeslag', toeslagen.huurtoeslag],
    ['kindgebondenBudget', toeslagen.kindgebondenBudget],
    ['kinderbijslag', kinderbijslagMonthly(toeslag, facts.childAges, input.date)],
    ['iit', ZERO],
    ['stadspas', ZERO],
  ];
  const local = localSchemesMonthly(ctx, netIncome, onBijstand);
  const parts: Record<string, string> = {};
  let total = ZERO;
  for (const [key, value] of values) parts[key] = money(local.get(key) ?? value);
  for (const [key, value] of local) if (!Object.hasOwn(parts, key)) parts[key] = money(value);
  for (const value of Object.values(parts)) total = total.plus(value);
  return { hoursPerWeek: hours, grossMonthlyWage: money(grossMonthly), netHouseholdMonthly: money(total), parts: parts as WerkenLoontParts };
}

/**
 * The household now, from the income the resident gave (household net per month) and its source, split and
 * grossed up by incomeNow: the same calculation as the toeslagen cards.
 */
function currentFor(s: Setting, hours: number): WerkenLoontCurrent {
  const { input } = s.ctx;
  const now = incomeNow(s.tax, s.ctx);
  const source = input.income.source;
  const w = now.wages!;
  const point = assemble(s, hours, w.applicant.grossMonthly, now.toetsingsinkomen, new Decimal(input.income.netMonthly), source === 'bijstand', [
    ['netWage', now.netWage],
    ...(w.partner ? ([['partnerNetWage', now.partnerNetWage]] as [string, Decimal][]) : []),
    ['bijstand', now.bijstand],
    ...(now.other.greaterThan(0) ? ([['otherIncome', now.other]] as [string, Decimal][]) : []),
  ]);
  return { hoursPerWeek: hours, source, givenNetMonthly: money(new Decimal(input.income.netMonthly)), onBijstand: source === 'bijstand', point };
}
