import type { BijzondereBijstand } from '../../rules/schema.js';
import { money, percentOf } from '../money.js';
import type { ReasonCode, SchemeOutcome } from '../types.js';
import { type SchemeContext, assetLimit, incomeLimit, outcomeFrame, schemeLookup } from './context.js';

/**
 * Bijzondere bijstand (Participatiewet art. 35) depends on the costs, which we do not ask: the answer is
 * always `maybe`. What we can say is whether the resident pays part of the costs first: income above the
 * draagkrachtvrije grens (× the draagkrachtpercentage, where the gemeente has one), and assets above
 * the vermogensgrens.
 */
export function evaluateBijzondereBijstand(ctx: SchemeContext, regeling: BijzondereBijstand): SchemeOutcome {
  const lookup = schemeLookup(ctx);
  const reasons: ReasonCode[] = [];
  const grens = regeling.draagkrachtvrijeInkomensgrens;
  const limit = grens && incomeLimit(ctx, lookup, grens);
  let ownContribution: string | undefined;

  if (limit && ctx.income.greaterThan(limit.monthly)) {
    reasons.push('income-above-limit', 'draagkracht-from-income');
    if (regeling.draagkrachtPercentage) {
      const surplus = ctx.income.minus(limit.monthly);
      ownContribution = money(percentOf(lookup.read(regeling.draagkrachtPercentage), surplus));
    }
  } else if (limit) reasons.push('income-below-limit');

  if (ctx.assets.greaterThan(assetLimit(ctx, lookup, regeling.vermogensgrens))) reasons.push('assets-count-as-draagkracht');
  else reasons.push('assets-below-limit');
  reasons.push('depends-on-costs');

  return {
    ...outcomeFrame(ctx, regeling, lookup, grens ? lookup.validFrom(grens) : ctx.norm.validFrom),
    status: 'maybe',
    reasons,
    ...(limit && { incomeLimit: { monthly: money(limit.monthly), percent: limit.percent.toString() } }),
    ...(ownContribution && { ownContributionMonthly: ownContribution }),
  };
}
