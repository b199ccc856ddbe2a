import { ZERO, type Decimal } from '../money.js';
import type { ToeslagParams } from './params.js';

/** Kinderbijslag (AKW art. 12): the quarterly amount by the child's age, one third per month; not income-related. */
export function kinderbijslagMonthly(p: ToeslagParams, childAges: number[]): Decimal {
  let quarter = ZERO;
  for (const age of childAges) {
    quarter = quarter.plus(age < 6 ? p.kinderbijslag.tot6 : age < 12 ? p.kinderbijslag.tot12 : p.kinderbijslag.tot18);
  }
  return quarter.dividedBy(3);
}
