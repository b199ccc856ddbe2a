import type { TaxParams } from './params.js';

/**
 * Whether a child counts for the inkomensafhankelijke combinatiekorting (Wet IB 2001 art. 8.14a lid 1 sub b):
 * the child was younger than 12 at the start of the calendar year and, as the IACK is being phased out, was
 * born before 1 January 2025 (iack.kind-geboren-voor-jaar).
 *
 * The input only has ages in whole years on the date, so both tests are done conservatively (the IACK raises
 * the net wage; we would rather show a little too little than too much):
 * - a child of age a on the date was born between (date − a − 1 year, date − a]; it was surely born before
 *   1-1-Y when even the latest possible birth date (year of the date − a, same day) is before 1-1-Y, i.e.
 *   year(date) − a < Y.
 * - on 1 January of this year the child was a or a − 1 years old; it was surely under 12 when a < 12.
 * The six months in the household (lid 1 sub b) are assumed: the child lives with the resident now.
 */
export function iackChild(p: TaxParams, date: string, childAge: number): boolean {
  const year = Number(date.slice(0, 4));
  return childAge < p.iackKindJongerDan && year - childAge < p.iackKindGeborenVoorJaar;
}

/**
 * Who gets the IACK (art. 8.14a lid 1 sub c and lid 3): someone without a partner; with a partner, the one
 * with the lower arbeidsinkomen, and when both are equal, the older one. Returns [applicant, partner].
 */
export function iackFor(
  p: TaxParams,
  date: string,
  childAges: number[],
  applicant: { annualWage: number; age: number },
  partner: { annualWage: number; age: number } | undefined,
): [boolean, boolean] {
  if (!childAges.some((age) => iackChild(p, date, age))) return [false, false];
  if (!partner) return [true, false];
  if (applicant.annualWage === partner.annualWage) return applicant.age >= partner.age ? [true, false] : [false, true];
  return applicant.annualWage < partner.annualWage ? [true, false] : [false, true];
}
