import { cents, money, percentOf } from '../money.js';
import type { ReasonCode, SchemeOutcome } from '../types.js';
import { type StatutoryContext, optionalNational, statutoryFrame, statutoryLookup } from './statutory-context.js';
import { statusFrom } from './context.js';
import { distanceFrom } from './statutory-bounds.js';

const PARTICIPATIEWET = 'https://wetten.overheid.nl/BWBR0015703/2026-01-01';

const vermogensgrens = (ctx: StatutoryContext, lookup: ReturnType<typeof statutoryLookup>) =>
  lookup.national(`vermogensgrens.${ctx.facts.type}`);

/**
 * Individuele inkomenstoeslag where the gemeente's verordening is not known (Participatiewet art. 36): the
 * law fixes the age (21 to AOW age) and "geen in aanmerking te nemen vermogen" (art. 34); the gemeente sets
 * the income limit, how long the income must have been low, and the amount. So: `no` where the law already
 * says no, or where no gemeente is known to go that far (income above the highest known limit, a low income
 * shorter than the shortest known period); otherwise `maybe`, never an amount.
 */
export function statutoryIit(ctx: StatutoryContext): SchemeOutcome {
  const lookup = statutoryLookup(ctx);
  const blocking: ReasonCode[] = [];
  const reasons: ReasonCode[] = [];
  if (ctx.facts.anyAdultAtAowAge) blocking.push('age-aow');
  if (ctx.facts.applicantAge < lookup.national('iit.minimumleeftijd').toNumber()) blocking.push('age-below-minimum');
  if (ctx.input.income.source === 'study') blocking.push('student');

  const shortest = optionalNational(lookup, 'iit.kortste-bekende-referentieperiode');
  const months = ctx.input.income.lowSinceMonths;
  if (months === undefined) reasons.push('low-income-duration-unknown');
  else if (shortest && months < shortest.toNumber()) blocking.push('low-income-too-short');
  else reasons.push('reference-period-unknown');

  // The highest limit against the higher of the two norms (with vakantietoeslag): a "no" must hold whichever
  // norm the gemeente's percentages are taken of.
  const highest = optionalNational(lookup, 'iit.hoogste-bekende-inkomensgrens');
  const limit = highest && cents(percentOf(highest, ctx.norm.inclVakantietoeslag));
  if (limit && ctx.income.greaterThan(limit)) blocking.push('income-above-highest-known-limit');

  if (ctx.assets.greaterThan(vermogensgrens(ctx, lookup))) blocking.push('assets-above-limit');
  else reasons.push('assets-below-limit');

  const status = statusFrom(blocking, true);
  return {
    ...statutoryFrame(ctx, lookup, {
      id: 'iit',
      name: 'Individuele inkomenstoeslag',
      law: PARTICIPATIEWET,
      documents: ['identiteitsbewijs', 'bankafschriften', 'inkomensspecificatie'],
    }),
    status,
    reasons: status === 'no' ? blocking : ['gemeente-sets-iit', ...reasons],
    // Shown only when it decided: as a local limit it would read as this gemeente's own.
    ...(limit && highest && blocking.includes('income-above-highest-known-limit') && { incomeLimit: { monthly: money(limit), percent: highest.toString() } }),
    ...(limit && blocking.includes('income-above-highest-known-limit') && { distance: distanceFrom(ctx.income, limit) }),
  };
}

/**
 * Bijzondere bijstand (Participatiewet art. 35 lid 1): necessary costs that the norm, the draagkracht of the
 * income above the norm and the assets cannot carry. Whether a cost is necessary is the gemeente's judgement
 * of the cost itself, so the answer is `maybe`, with the national rule on draagkracht as a reason.
 */
export function statutoryBijzondereBijstand(ctx: StatutoryContext): SchemeOutcome {
  const lookup = statutoryLookup(ctx);
  const reasons: ReasonCode[] = ['depends-on-costs', 'draagkracht-national-rule'];
  if (ctx.income.greaterThan(ctx.norm.inclVakantietoeslag)) reasons.push('draagkracht-from-income');
  if (ctx.assets.greaterThan(vermogensgrens(ctx, lookup))) reasons.push('assets-count-as-draagkracht');
  return {
    ...statutoryFrame(ctx, lookup, {
      id: 'bijzondere-bijstand',
      name: 'Bijzondere bijstand',
      law: PARTICIPATIEWET,
      documents: ['identiteitsbewijs', 'bewijs-kosten', 'inkomensspecificatie', 'bankafschriften'],
    }),
    status: 'maybe',
    reasons,
  };
}
