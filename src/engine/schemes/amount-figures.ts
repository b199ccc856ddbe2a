import type { Parameter } from '../../rules/schema.js';
import { isUnverifiedOn } from '../../rules/parameter.js';
import type { Lookup } from '../lookup.js';
import type { SchemeOutcome } from '../types.js';

type AmountFigures = Pick<NonNullable<SchemeOutcome['amount']>, 'validFrom' | 'fromEarlierYear' | 'unverified'>;

/**
 * Issue 20: a resident must see next to an amount when its figure is old or not checked, not only under
 * "Waarom?". The oldest figure that makes up the amount decides its date: one 2018 figure in a sum of
 * newer ones still makes the sum partly a 2018 amount.
 */
export function amountFigures(lookup: Lookup, parameters: Parameter[]): AmountFigures {
  const dates = parameters.map((p) => lookup.validFrom(p)).filter((d) => d !== '');
  if (dates.length === 0) return {};
  const validFrom = dates.reduce((a, b) => (a < b ? a : b));
  return {
    validFrom,
    ...(validFrom.slice(0, 4) < lookup.date.slice(0, 4) && { fromEarlierYear: true as const }),
    ...(parameters.some((p) => isUnverifiedOn(p, lookup.date)) && { unverified: true as const }),
  };
}
