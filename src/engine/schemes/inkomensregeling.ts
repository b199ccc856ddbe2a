import type { Inkomensregeling, Parameter } from '../../rules/schema.js';
import { ZERO, money } from '../money.js';
import type { ReasonCode, SchemeOutcome } from '../types.js';
import { amountFigures } from './amount-figures.js';
import { type SchemeContext, assetLimit, incomeLimit, outcomeFrame, schemeLookup, statusFrom } from './context.js';
import { distanceFrom } from './statutory-bounds.js';

const PER = { jaar: 'year', maand: 'month', eenmalig: 'once' } as const;

/** Stadspas, kindpakket, meedoenregeling, collectieve zorgverzekering: an income limit and fixed amounts. */
export function evaluateInkomensregeling(ctx: SchemeContext, regeling: Inkomensregeling): SchemeOutcome {
  const lookup = schemeLookup(ctx);
  const { facts, input } = ctx;
  const blocking: ReasonCode[] = [];
  const reasons: ReasonCode[] = [];
  const v = regeling.voorwaarden ?? {};

  if (v.geenStudentZonderKinderen && input.income.source === 'study' && facts.childAges.length === 0) {
    blocking.push('student');
  }
  if (v.kinderenNodig && facts.childAges.length === 0) blocking.push('no-children');
  if (v.minimumLeeftijd !== undefined && facts.applicantAge < v.minimumLeeftijd) blocking.push('age-below-minimum');

  const limit = incomeLimit(ctx, lookup, regeling.inkomensgrens);
  if (ctx.income.greaterThan(limit.monthly)) blocking.push('income-above-limit');
  else reasons.push('income-below-limit');

  if (regeling.vermogensgrens) {
    if (ctx.assets.greaterThan(assetLimit(ctx, lookup, regeling.vermogensgrens))) blocking.push('assets-above-limit');
    else reasons.push('assets-below-limit');
  }
  if (v.automatischBijBijstand && input.income.source === 'bijstand') reasons.push('automatic-with-bijstand');

  const status = statusFrom(blocking, false);
  const amount = status === 'yes' && regeling.bedrag ? amountFor(ctx, regeling.bedrag, lookup) : undefined;
  return {
    ...outcomeFrame(ctx, regeling, lookup, lookup.validFrom(regeling.inkomensgrens)),
    status,
    reasons: status === 'no' ? blocking : reasons,
    incomeLimit: { monthly: money(limit.monthly), percent: limit.percent.toString() },
    ...(amount && { amount }),
    ...(status === 'no' && blocking.includes('income-above-limit') && { distance: distanceFrom(ctx.income, limit.monthly) }),
  };
}

function amountFor(
  ctx: SchemeContext,
  bedrag: NonNullable<Inkomensregeling['bedrag']>,
  lookup: ReturnType<typeof schemeLookup>,
): SchemeOutcome['amount'] {
  let total = ZERO;
  const used: Parameter[] = [];
  const add = (parameter: Parameter, times = 1) => {
    used.push(parameter);
    total = total.plus(lookup.read(parameter).times(times));
  };
  if (bedrag.perHuishouden) add(bedrag.perHuishouden);
  if (bedrag.perVolwassene) add(bedrag.perVolwassene, ctx.facts.adultAges.length);
  for (const age of ctx.facts.childAges) {
    const band = bedrag.perKind?.find((b) => age >= b.leeftijd.vanaf && age < b.leeftijd.tot);
    if (band) add(band.bedrag);
  }
  return total.greaterThan(0) ? { value: money(total), per: PER[bedrag.per], ...amountFigures(lookup, used) } : undefined;
}
