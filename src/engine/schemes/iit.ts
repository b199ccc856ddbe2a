import type { Iit } from '../../rules/schema.js';
import { money } from '../money.js';
import type { ReasonCode, SchemeOutcome } from '../types.js';
import { amountFigures } from './amount-figures.js';
import { type SchemeContext, assetLimit, incomeLimit, outcomeFrame, schemeLookup, statusFrom } from './context.js';
import { boundOrUnknown, distanceFrom, highestKnownIitLimit } from './statutory-bounds.js';

/**
 * Individuele inkomenstoeslag (Participatiewet art. 36): 21 to AOW age, a low income for at least the
 * local reference period, income and assets under the limits. The first row of the gemeente's table
 * that fits the household and its income gives the amount. Where the gemeente's limit is unknown, an income
 * above the highest limit any gemeente is known to use is `no` (statutory-bounds.ts), below it `maybe`.
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
  // A row without a known limit fits an income up to the highest limit any gemeente is known to use, as `maybe`.
  const unknownLimit = limits.some(({ limit }) => !limit);
  const ceiling = unknownLimit ? boundOrUnknown(() => highestKnownIitLimit(ctx.norm, lookup)) : undefined;
  const match = limits.find(({ limit }) => (limit ?? ceiling) === undefined || ctx.income.lessThanOrEqualTo((limit ?? ceiling)!.monthly));
  // The highest limit for this household is the one to explain when the income is above all of them.
  const shown = match?.limit
    ? match
    : limits.reduce<(typeof limits)[number] | undefined>(
        (max, l) => (l.limit && (!max?.limit || l.limit.monthly.greaterThan(max.limit.monthly)) ? l : max),
        undefined,
      );
  if (rows.length === 0) blocking.push('not-for-household');
  else if (!match) blocking.push(unknownLimit ? 'income-above-highest-known-limit' : 'income-above-limit');
  else if (!match.limit) {
    uncertain = true;
    reasons.push('income-limit-unknown');
  } else reasons.unshift('income-below-limit');

  const status = statusFrom(blocking, uncertain);
  const amount = status !== 'no' && match ? lookup.read(match.row.bedrag) : undefined;
  // The limit that decided: the row's own, or the highest known one when every limit was unknown.
  const decided = shown?.limit?.monthly ?? (blocking.includes('income-above-highest-known-limit') ? ceiling?.monthly : undefined);
  return {
    ...outcomeFrame(ctx, regeling, lookup, shown ? lookup.validFrom(shown.row.bedrag) : ctx.norm.validFrom),
    status,
    reasons: status === 'no' ? blocking : reasons,
    ...(shown?.limit && { incomeLimit: { monthly: money(shown.limit.monthly), percent: shown.limit.percent.toString() } }),
    ...(amount && match && { amount: { value: money(amount), per: 'year' as const, ...amountFigures(lookup, [match.row.bedrag]) } }),
    ...(status !== 'yes' && decided && { distance: distanceFrom(ctx.income, decided) }),
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
  const ceiling = limit ? undefined : boundOrUnknown(() => highestKnownIitLimit(ctx.norm, lookup));
  if (limit && ctx.income.greaterThan(limit.monthly)) blocking.push('income-above-limit');
  else if (limit) reasons.unshift('income-below-limit');
  else if (ceiling && ctx.income.greaterThan(ceiling.monthly)) blocking.push('income-above-highest-known-limit');
  else reasons.push('income-limit-unknown');
  reasons.push('amount-unknown');
  // Without the gemeente's limit the distance to the highest known one means something only above it.
  const decided = limit?.monthly ?? (blocking.includes('income-above-highest-known-limit') ? ceiling?.monthly : undefined);
  const status = statusFrom(blocking, true);
  return {
    ...outcomeFrame(ctx, regeling, lookup, regeling.inkomensgrens ? lookup.validFrom(regeling.inkomensgrens) : ctx.norm.validFrom),
    status,
    reasons: status === 'no' ? blocking : reasons,
    ...(limit && { incomeLimit: { monthly: money(limit.monthly), percent: limit.percent.toString() } }),
    ...(decided && { distance: distanceFrom(ctx.income, decided) }),
  };
}
