import type { Kwijtschelding } from '../../rules/schema.js';
import { cents, money, percentOf } from '../money.js';
import type { ReasonCode, SchemeOutcome, Status } from '../types.js';
import { type SchemeContext, outcomeFrame, schemeLookup } from './context.js';
import { boundOrUnknown, distanceFrom, kwijtscheldingIncomeCeiling } from './statutory-bounds.js';

/**
 * Kwijtschelding gemeentelijke belastingen (Invorderingswet 1990 art. 26, Uitvoeringsregeling art. 15-16, 28).
 * No remission with vermogen; otherwise the betalingscapaciteit is the net income minus the kosten van
 * bestaan (a percentage of the bijstandsnorm, 90 % or up to 100 %) and some woonlasten, which we do not ask:
 *   - income at or below the kosten van bestaan: `yes` (no betalingscapaciteit, full remission);
 *   - on bijstand: `yes`, such residents are usually remitted (the woonlasten take the rest);
 *   - above the income where even the highest woonlasten and premiums leave enough to pay the largest
 *     plausible aanslag (statutory-bounds.ts): `no`;
 *   - in between: `maybe`, part of the tax may still be remitted (woonlasten, the size of the aanslag).
 * Savings up to the kosten van bestaan do not count; more savings make it `maybe` (they may block it).
 */
export function evaluateKwijtschelding(ctx: SchemeContext, regeling: Kwijtschelding): SchemeOutcome {
  const lookup = schemeLookup(ctx);
  const percent = lookup.read(regeling.kostenVanBestaan);
  const limit = cents(percentOf(percent, ctx.norm.inclVakantietoeslag));
  const reasons: ReasonCode[] = [];
  let status: Status = 'yes';

  const ceiling = boundOrUnknown(() => kwijtscheldingIncomeCeiling(ctx.norm, ctx.facts.adultAges.length, lookup, percent));
  if (ctx.income.lessThanOrEqualTo(limit)) reasons.push('income-below-limit');
  else if (ctx.input.income.source === 'bijstand') reasons.push('bijstand-usually-remitted');
  else if (ceiling && ctx.income.greaterThan(ceiling)) {
    // Even the highest rent and premiums that count leave enough to pay the largest aanslag: nothing to remit.
    return {
      ...outcomeFrame(ctx, regeling, lookup, lookup.validFrom(regeling.kostenVanBestaan)),
      status: 'no',
      reasons: ['income-too-high-for-remission'],
      incomeLimit: { monthly: money(limit), percent: percent.toString() },
      distance: distanceFrom(ctx.income, ceiling),
    };
  } else {
    status = 'maybe';
    reasons.push('income-above-limit', 'partial-remission-possible');
  }

  // Art. 12 lid 2 sub d: money up to the kosten van bestaan (plus a month of housing and premium costs, and
  // up to € 2.000 more where the gemeente chose so) does not count. Up to the kosten van bestaan is sure;
  // above that it depends on those costs, so `maybe`.
  if (ctx.assets.lessThanOrEqualTo(limit)) reasons.push('assets-below-limit');
  else {
    status = 'maybe';
    reasons.push('assets-may-count');
  }

  return {
    ...outcomeFrame(ctx, regeling, lookup, lookup.validFrom(regeling.kostenVanBestaan)),
    status,
    reasons,
    incomeLimit: { monthly: money(limit), percent: percent.toString() },
    ...(status === 'maybe' && reasons.includes('income-above-limit') && { distance: distanceFrom(ctx.income, limit) }),
  };
}
