import { ZERO, type Decimal } from '../money.js';
import type { ToeslagParams } from './params.js';

/** Kinderbijslag (AKW art. 12): the quarterly amount by the child's age, one third per month; not income-related. */
export function kinderbijslagMonthly(p: ToeslagParams, childAges: number[]): Decimal {
  let quarter = ZERO;
  for (const age of childAges) {
    const k = p.kinderbijslag;
    quarter = quarter.plus(age < k.vanaf6 ? k.tot6 : age < k.vanaf12 ? k.tot12 : k.tot18);
  }
  return quarter.dividedBy(3);
}
