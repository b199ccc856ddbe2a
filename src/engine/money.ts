import DecimalLight from 'decimal.js-light';

/**
 * Our own Decimal constructor, so the host page's settings never change our sums. decimal.js-light (same
 * author and semantics as decimal.js, without trigonometry and other functions we do not use) instead of
 * decimal.js: measured 5.9 KB gz against 12.9 KB, which keeps the element within its 55 KB budget.
 */
export const Decimal = DecimalLight.clone({ precision: 30, rounding: DecimalLight.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);

/** Rounds to whole cents, half up: how the SZW Normenbrief and the gemeente tables round derived norms. */
export function cents(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, DecimalLight.ROUND_HALF_UP);
}

/** Money as the contract's decimal string with two decimals, e.g. "1401.50". */
export function money(value: Decimal): string {
  return cents(value).toFixed(2);
}

export function percentOf(percent: Decimal, base: Decimal): Decimal {
  return base.times(percent).dividedBy(100);
}

export function dmax(...values: Decimal[]): Decimal {
  return values.reduce((a, b) => (b.greaterThan(a) ? b : a));
}

export function dmin(...values: Decimal[]): Decimal {
  return values.reduce((a, b) => (b.lessThan(a) ? b : a));
}
