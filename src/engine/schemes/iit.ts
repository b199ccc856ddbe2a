import type { Iit } from '../../rules/schema.js';
import { money } from '../money.js';
import type { ReasonCode, SchemeOutcome } from '../types.js';
import { amountFigures } from './amount-figures.js';
import { type SchemeContext, assetLimit, incomeLimit, outcomeFrame, schemeLookup, statusFrom } from './context.js';

/**
 * Individuele inkomenstoeslag (Participatiewet art. 36): 21 to AOW age, a low income for at least the
 * local reference period, income and assets under the limits. The first row of the gemeente's table
 * that fits the household and its income gives the amount.
 */
export function evaluateIit(ctx: SchemeContext, regeling: Iit): SchemeOutcome {
  const lookup = schemeLookup(ctx);
  const { facts, input } = ctx;
  const blocking: ReasonCode[] = [];
  const reasons: ReasonCode[] = [];
  let uncertain = false;

  if (facts.anyAdultAtAowAge) blocking.push('age-aow');
  if (facts.applicantAge < lookup.national('iit.minimumleeftijd').toNumber()) blocking.push('age-below-minimum');
  if (input.income.source === 'study') blocking.push('student');

  const period = regeling.referentieperiode && lookup.read(regeling.referentieperiode).toNumber();
  const months = input.income.lowSinceMonths;
  if (months === undefined) {
    uncertain = true;
    reasons.push('low-income-duration-unknown');
  } else if (period === undefined) {
    // The local reference period was not found: the statutory condition cannot be tested to the month.
    uncertain = true;
    reasons.push('reference-period-unknown');
  } else if (months < period) blocking.push('low-income-too-short');
  else reasons.push('low-income-long-enough');

  if (ctx.assets.greaterThan(assetLimit(ctx, lookup, regeling.vermogensgrens))) blocking.push('assets-above-limit');
  else reasons.push('assets-below-limit');

  if ((regeling.bedragen ?? []).length === 0) return withoutAmounts(ctx, regeling, lookup, blocking, reasons);

  const rows = (regeling.bedragen ?? []).filter(
    (row) =>
      row.huishouden === facts.type &&
      (!row.oudsteKind ||
        (facts.oldestChildAge !== undefined &&
          facts.oldestChildAge >= row.oudsteKind.vanaf &&
          facts.oldestChildAge < row.oudsteKind.tot)),
  );
  const limits = rows.map((row) => ({ row, limit: row.inkomensgrens && incomeLimit(ctx, lookup, row.inkomensgrens) }));
  // A row without a known limit fits any income, but only as `maybe`.
  const match = limits.find(({ limit }) => !limit || ctx.income.lessThanOrEqualTo(limit.monthly));
  // The highest limit for this household is the one to explain when the income is above all of them.
  const shown = match?.limit
    ? match
    : limits.reduce<(typeof limits)[number] | undefined>(
        (max, l) => (l.limit && (!max?.limit || l.limit.monthly.greaterThan(max.limit.monthly)) ? l : max),
        undefined,
      );
  if (rows.length === 0) blocking.push('not-for-household');
  else if (!match) blocking.push('income-above-limit');
  else if (!match.limit) {
    uncertain = true;
    reasons.push('income-limit-unknown');
  } else reasons.unshift('income-below-limit');

  const status = statusFrom(blocking, uncertain);
  const amount = status !== 'no' && match ? lookup.read(match.row.bedrag) : undefined;
  return {
    ...outcomeFrame(ctx, regeling, lookup, shown ? lookup.validFrom(shown.row.bedrag) : ctx.norm.validFrom),
    status,
    reasons: status === 'no' ? blocking : reasons,
    ...(shown?.limit && { incomeLimit: { monthly: money(shown.limit.monthly), percent: shown.limit.percent.toString() } }),
    ...(amount && match && { amount: { value: money(amount), per: 'year' as const, ...amountFigures(lookup, [match.row.bedrag]) } }),
  };
}

/**
 * The gemeente's amounts were not found: test the statutory conditions (and the income limit where one is
 * known) and say `maybe` at best, with the amount "not known to this check", so the resident asks the loket.
 */
function withoutAmounts(
  ctx: SchemeContext,
  regeling: Iit,
  lookup: ReturnType<typeof schemeLookup>,
  blocking: ReasonCode[],
  reasons: ReasonCode[],
): SchemeOutcome {
  const limit = regeling.inkomensgrens && incomeLimit(ctx, lookup, regeling.inkomensgrens);
  if (limit && ctx.income.greaterThan(limit.monthly)) blocking.push('income-above-limit');
  else if (limit) reasons.unshift('income-below-limit');
  else reasons.push('income-limit-unknown');
  reasons.push('amount-unknown');
  const status = statusFrom(blocking, true);
  return {
    ...outcomeFrame(ctx, regeling, lookup, regeling.inkomensgrens ? lookup.validFrom(regeling.inkomensgrens) : ctx.norm.validFrom),
    status,
    reasons: status === 'no' ? blocking : reasons,
    ...(limit && { incomeLimit: { monthly: money(limit.monthly), percent: limit.percent.toString() } }),
  };
}
