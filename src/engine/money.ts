import DecimalJs from 'decimal.js';

/** Our own Decimal constructor, so the host page's decimal.js settings never change our sums. */
export const Decimal = DecimalJs.clone({ precision: 30, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);

/** Rounds to whole cents, half up: how the SZW Normenbrief and the gemeente tables round derived norms. */
export function cents(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Money as the contract's decimal string with two decimals, e.g. "1401.50". */
export function money(value: Decimal): string {
  return cents(value).toFixed(2);
}

export function percentOf(percent: Decimal, base: Decimal): Decimal {
  return base.times(percent).dividedBy(100);
}
