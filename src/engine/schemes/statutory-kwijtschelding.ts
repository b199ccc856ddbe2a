import { cents, money, percentOf } from '../money.js';
import type { ReasonCode, SchemeOutcome, Status } from '../types.js';
import { boundOrUnknown, distanceFrom, kwijtscheldingIncomeCeiling } from './statutory-bounds.js';
import { type StatutoryContext, optionalNational, statutoryFrame, statutoryLookup } from './statutory-context.js';

/**
 * Kwijtschelding of gemeentelijke belastingen where the gemeente's own choice is not known (Invorderingswet
 * 1990 art. 26; Uitvoeringsregeling art. 16): the kosten van bestaan are 90 % of the bijstandsnorm, or more
 * up to 100 % where the gemeente chose so. Both bounds are known, the choice is not:
 *   - income and savings at or below the lower bound: `yes` (no betalingscapaciteit under either choice);
 *   - income between the bounds: `maybe`, it depends on the gemeente's choice;
 *   - above the upper bound: `maybe`, part may still be remitted (woonlasten are not asked);
 *   - above the income where even the highest woonlasten and premiums leave enough to pay the largest
 *     plausible aanslag (statutory-bounds.ts, with the highest kosten van bestaan a gemeente may choose): `no`.
 * The handler is the gemeente or its belastingsamenwerking: which one, the check does not know.
 */
export function statutoryKwijtschelding(ctx: StatutoryContext): SchemeOutcome {
  const lookup = statutoryLookup(ctx);
  const lowest = optionalNational(lookup, 'kwijtschelding.kosten-van-bestaan.laagste');
  const highest = optionalNational(lookup, 'kwijtschelding.kosten-van-bestaan.hoogste');
  const lower = lowest && cents(percentOf(lowest, ctx.norm.inclVakantietoeslag));
  const upper = highest && cents(percentOf(highest, ctx.norm.inclVakantietoeslag));
  const reasons: ReasonCode[] = [];
  let status: Status = 'yes';
  const ceiling = boundOrUnknown(() => kwijtscheldingIncomeCeiling(ctx.norm, ctx.facts.adultAges.length, lookup));

  if (lower && ctx.income.lessThanOrEqualTo(lower)) reasons.push('income-below-limit');
  else if (upper && ctx.income.lessThanOrEqualTo(upper)) {
    status = 'maybe';
    reasons.push('kwijtschelding-norm-choice');
  } else if (ceiling && ctx.income.greaterThan(ceiling)) {
    status = 'no';
    reasons.push('income-too-high-for-remission');
  } else if (ctx.input.income.source === 'bijstand') {
    status = 'maybe';
    reasons.push('bijstand-usually-remitted');
  } else {
    status = 'maybe';
    reasons.push('income-above-limit', 'partial-remission-possible');
  }

  // Uitvoeringsregeling art. 12: savings up to the kosten van bestaan do not count, more may block it.
  if (status === 'no') {
    // Nothing to remit whatever the savings: the income alone decides.
  } else if (lower && ctx.assets.lessThanOrEqualTo(lower)) reasons.push('assets-below-limit');
  else {
    status = 'maybe';
    reasons.push('assets-may-count');
  }

  return {
    ...statutoryFrame(ctx, lookup, {
      id: 'kwijtschelding',
      name: 'Kwijtschelding gemeentebelastingen',
      law: 'https://wetten.overheid.nl/BWBR0004766/2026-01-01#Artikel16',
      documents: ['identiteitsbewijs', 'bankafschriften', 'inkomensspecificatie', 'huurcontract'],
    }),
    status,
    reasons,
    handler: 'gemeente-of-belastingsamenwerking',
    ...(status === 'no' && ceiling && { distance: distanceFrom(ctx.income, ceiling) }),
    ...(lower && lowest && { incomeLimit: { monthly: money(lower), percent: lowest.toString() } }),
  };
}
