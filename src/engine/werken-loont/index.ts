import { ParameterDateError, valueOn } from '../../rules/parameter.js';
import { MissingParameterError } from '../lookup.js';
import { Decimal, ZERO, cents, dmax, dmin, money } from '../money.js';
import { type SchemeContext, assetLimit, schemeLookup } from '../schemes/context.js';
import type { WorkInput } from '../types.js';
import { NO_VRIJLATING, type Vrijlating, bijstandTopUp, regimeOn, vrijgelaten, vrijlatingOn } from './bijstand.js';
import { CURVE_HOURS, armoedeval, drempelHours, stops } from './curve.js';
import { iackFor } from './iack.js';
import { kinderbijslagMonthly } from './kinderbijslag.js';
import { localSchemesMonthly } from './local.js';
import { readTaxParams, readToeslagParams } from './params.js';
import { type TaxParams, type Wage, grossedUpIncome, wageAt, wageFromGross } from './tax.js';
import { huurHousehold, huurtoeslagMonthly, kindgebondenBudgetMonthly, zorgtoeslagMonthly } from './toeslagen.js';
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
    current: currentFor(s, hourly, work.hoursPerWeek),
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

interface Wages {
  applicant: Wage;
  partner: Wage | undefined;
  iack: [boolean, boolean];
}

/** Both wages at an hour count, with the IACK for whoever art. 8.14a gives it to. */
function wageFor(s: Setting, hourly: Decimal, hours: number): Wages {
  const { facts, input } = s.ctx;
  const plain = wageAt(s.tax, hourly, hours);
  const partnerPlain = s.partnerGross ? wageFromGross(s.tax, s.partnerGross) : undefined;
  const iack = iackFor(
    s.tax,
    input.date,
    facts.childAges,
    { annualWage: plain.annual.toNumber(), age: facts.adultAges[0]! },
    s.partner ? { annualWage: partnerPlain?.annual.toNumber() ?? 0, age: facts.adultAges[1]! } : undefined,
  );
  return {
    applicant: iack[0] ? wageAt(s.tax, hourly, hours, true) : plain,
    partner: s.partnerGross ? (iack[1] ? wageFromGross(s.tax, s.partnerGross, true) : partnerPlain) : undefined,
    iack,
  };
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
  const toetsingsinkomen = toetsingsinkomenOf(s.tax, w, netWage, partnerNet, bijstand, s.partner);
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
  const values: [string, Decimal][] = [
    ...income,
    ['zorgtoeslag', zorgtoeslagMonthly(toeslag, toetsingsinkomen, s.partner, ctx.assets)],
    [
      'huurtoeslag',
      s.rent
        ? huurtoeslagMonthly(toeslag, toetsingsinkomen, huurHousehold(input, facts, s.rent, ctx.assets))
        : ZERO,
    ],
    ['kindgebondenBudget', kindgebondenBudgetMonthly(toeslag, toetsingsinkomen, facts.childAges, s.partner, ctx.assets)],
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
 * The household now, from the income the resident gave (household net per month) and its source. The
 * partner's net wage is taken out first; the rest is split by source: on bijstand, the model's net wage at
 * the current hours (at most the rest) and bijstand for the remainder; in work, all of it is wage; with
 * another source (a benefit, a pension), the model's wage at the current hours and the remainder as other
 * income. The toeslagen are computed at that income, grossed up as in the curve.
 */
function currentFor(s: Setting, hourly: Decimal, hours: number): WerkenLoontCurrent {
  const { input } = s.ctx;
  const given = new Decimal(input.income.netMonthly);
  const source = input.income.source;
  const w = wageFor(s, hourly, hours);
  const partnerNet = w.partner ? cents(w.partner.netMonthly) : ZERO;
  const rest = dmax(ZERO, given.minus(partnerNet));
  const modelNet = cents(w.applicant.netMonthly);
  const netWage = source === 'work' ? rest : dmin(modelNet, rest);
  const remainder = rest.minus(netWage);
  const bijstand = source === 'bijstand' ? remainder : ZERO;
  const other = source === 'bijstand' ? ZERO : remainder;
  // The wage's gross is the model's at these hours; the rest (bijstand, a benefit) is grossed up on top.
  const toetsingsinkomen = toetsingsinkomenOf(s.tax, w, netWage, partnerNet, bijstand.plus(other), s.partner);
  const point = assemble(s, hours, w.applicant.grossMonthly, toetsingsinkomen, given, source === 'bijstand', [
    ['netWage', netWage],
    ...(w.partner ? ([['partnerNetWage', partnerNet]] as [string, Decimal][]) : []),
    ['bijstand', bijstand],
    ...(other.greaterThan(0) ? ([['otherIncome', other]] as [string, Decimal][]) : []),
  ]);
  return { hoursPerWeek: hours, source, givenNetMonthly: money(given), onBijstand: source === 'bijstand', point };
}

/**
 * The household's yearly toetsingsinkomen: both wages plus the gross amount of the bijstand (or other net
 * income). Bijstand for a couple is paid half to each partner, each with their own algemene heffingskorting,
 * so each half is grossed up on top of that partner's own wage.
 */
function toetsingsinkomenOf(tax: TaxParams, w: Wages, netWage: Decimal, partnerNet: Decimal, extra: Decimal, partner: boolean): Decimal {
  const partnerAnnual = w.partner?.annual ?? ZERO;
  if (!extra.greaterThan(0)) return w.applicant.annual.plus(partnerAnnual);
  if (!partner) return grossedUpIncome(tax, w.applicant.annual, netWage.plus(extra).times(12), w.iack[0]);
  const half = extra.times(12).dividedBy(2);
  return grossedUpIncome(tax, w.applicant.annual, netWage.times(12).plus(half), w.iack[0]).plus(
    grossedUpIncome(tax, partnerAnnual, partnerNet.times(12).plus(half), w.iack[1]),
  );
}
