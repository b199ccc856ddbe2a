import { ZERO, type Decimal } from '../money.js';
import type { ToeslagParams } from './params.js';

/**
 * Kinderbijslag (AKW, BWBR0002368, art. 12 lid 3): the quarterly amount by the child's age on the first day
 * of the quarter (art. 11 lid 2), one third per month; not income-related. Stays exported for issue 10.
 *
 * The input has ages in whole years on `date`. On a first day of a quarter that is the age that counts. On
 * any other day a child who is 6 or 12 now may still have been 5 or 11 on the first day of the quarter; we
 * then count the lower band (never too much). Without a date the age is taken as it is.
 */
export function kinderbijslagMonthly(p: ToeslagParams, childAges: number[], date?: string): Decimal {
  const k = p.kinderbijslag;
  const quarterStart = date === undefined || /-(01|04|07|10)-01$/.test(date);
  let quarter = ZERO;
  for (const age of childAges) {
    const atStart = quarterStart || (age !== k.vanaf6 && age !== k.vanaf12) ? age : age - 1;
    quarter = quarter.plus(atStart < k.vanaf6 ? k.tot6 : atStart < k.vanaf12 ? k.tot12 : k.tot18);
  }
  return quarter.dividedBy(3);
}
