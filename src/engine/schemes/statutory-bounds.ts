import { ParameterDateError } from '../../rules/parameter.js';
import { type Lookup, MissingParameterError } from '../lookup.js';
import { type Decimal, cents, money, percentOf } from '../money.js';
import type { AppliedNorm } from '../norms.js';
import type { Distance } from '../types.js';

/**
 * Limits that hold in every gemeente, for the cases where the gemeente's own figure is unknown: above them
 * the answer is `no` whatever the gemeente decides. Exported for the statutory answers of gemeenten without
 * their own rules here (issue 21) as well as for covered gemeenten with a missing figure.
 */

/**
 * The highest IIT income limit Dutch gemeenten are known to use (iit.hoogste-bekende-inkomensgrens, a
 * percentage of the norm including vakantietoeslag), in euros per month for this household.
 */
export function highestKnownIitLimit(norm: AppliedNorm, lookup: Lookup): { monthly: Decimal; percent: Decimal } {
  const percent = lookup.national('iit.hoogste-bekende-inkomensgrens');
  return { monthly: cents(percentOf(percent, norm.inclVakantietoeslag)), percent };
}

/**
 * The net monthly income above which no kwijtschelding of gemeentelijke belastingen is possible, for any
 * rent, any health premium and any aanslag that can occur (Uitvoeringsregeling Invorderingswet 1990 art. 11,
 * 13, 15, 16): the kosten van bestaan (the gemeente's percentage of the norm, or the highest allowed when
 * unknown), plus the largest netto woonlasten and health premiums that count, plus the monthly capacity that,
 * used for the lowest share of 12 months, just pays the largest plausible aanslag. Alimony paid (art. 15 d)
 * is not asked and not counted.
 */
export function kwijtscheldingIncomeCeiling(norm: AppliedNorm, adults: number, lookup: Lookup, kostenVanBestaanPercent?: Decimal): Decimal {
  const percent = kostenVanBestaanPercent ?? lookup.national('kwijtschelding.kosten-van-bestaan.hoogste');
  const kosten = percentOf(percent, norm.inclVakantietoeslag);
  const woonlasten = lookup.national('kwijtschelding.woonlasten-maximum');
  const premies = lookup.national('kwijtschelding.zorgpremie-maximum').times(adults);
  const aanwending = lookup.national('kwijtschelding.aanwending-betalingscapaciteit');
  const aanslag = lookup.national('kwijtschelding.grootste-aanslag');
  const capacity = aanslag.dividedBy(12).times(100).dividedBy(aanwending);
  return cents(kosten.plus(woonlasten).plus(premies).plus(capacity));
}

/** How far the monthly income is from a limit it was compared with (contract: `schemes[].distance`). */
export function distanceFrom(income: Decimal, limit: Decimal): Distance {
  const above = income.greaterThan(limit);
  return { amount: money(above ? income.minus(limit) : limit.minus(income)), per: 'month', direction: above ? 'above' : 'below', limit: money(limit) };
}

/**
 * A bound, or undefined when one of its figures has no value on the date or is missing from rules a page
 * gave itself: then the answer stays `maybe`, as before the bound existed.
 */
export function boundOrUnknown<T>(bound: () => T): T | undefined {
  try {
    return bound();
  } catch (error) {
    if (error instanceof ParameterDateError || error instanceof MissingParameterError) return undefined;
    throw error;
  }
}
