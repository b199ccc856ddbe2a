import type { HouseholdFacts } from '../household.js';
import type { Lookup } from '../lookup.js';
import { Decimal, ZERO, dmax, dmin, percentOf } from '../money.js';
import { valueOn } from '../../rules/parameter.js';
import type { Regime, VrijlatingKind } from './types.js';

/**
 * Which vrijlating regime applies on the date: the bijverdienregeling (Participatiewet art. 34a, Wet
 * Participatiewet in balans) from the first date of its percentage, until then art. 31 lid 2 sub n and r.
 * The date alone decides; the switch date is data (rules/national/inkomstenvrijlating.json).
 */
export function regimeOn(lookup: Lookup): Regime {
  const parameter = lookup.rules.national['bijverdienregeling.percentage'];
  if (!parameter) return 'art31';
  try {
    valueOn(parameter, lookup.date, 'bijverdienregeling.percentage');
    return 'bijverdienregeling';
  } catch {
    return 'art31';
  }
}

export interface Vrijlating {
  kind: VrijlatingKind;
  percentage: Decimal;
  /** Monthly cap; undefined for the bijverdienregeling, which has none. */
  maximum: Decimal | undefined;
  monthsLeft: number;
}

export const NO_VRIJLATING: Vrijlating = { kind: 'none', percentage: ZERO, maximum: undefined, monthsLeft: 0 };

/**
 * The vrijlating in force this month, after `monthsWorking` months of work while on bijstand:
 * - art31 (until 2026-12-31), only from age 27 (lid 5): sub n, 25 % up to the monthly maximum, during the first 6 months; then for an
 *   alleenstaande ouder with a child under 12, sub r, 12.5 % up to its maximum, for 30 more months.
 * - bijverdienregeling (from 2027-01-01): 15 % without a maximum, for 12 months (an extension by the college
 *   or a restart with a new dienstverband is discretionary and not modelled).
 * The college's judgement that it helps arbeidsinschakeling is assumed.
 */
export function vrijlatingOn(lookup: Lookup, regime: Regime, facts: HouseholdFacts, monthsWorking: number): Vrijlating {
  const n = (id: string) => lookup.national(id);
  if (regime === 'bijverdienregeling') {
    const duur = n('bijverdienregeling.duur').toNumber();
    if (monthsWorking >= duur) return NO_VRIJLATING;
    return { kind: 'bijverdienregeling', percentage: n('bijverdienregeling.percentage'), maximum: undefined, monthsLeft: duur - monthsWorking - 1 };
  }
  // Art. 31 lid 5: sub n and r do not apply to someone younger than 27.
  if (facts.applicantAge < n('vrijlating.minimumleeftijd').toNumber()) return NO_VRIJLATING;
  const duurN = n('vrijlating.arbeid.duur').toNumber();
  if (monthsWorking < duurN) {
    return {
      kind: 'art31-n',
      percentage: n('vrijlating.arbeid.percentage'),
      maximum: n('vrijlating.arbeid.maximum'),
      monthsLeft: duurN - monthsWorking - 1,
    };
  }
  const youngest = facts.childAges.length ? Math.min(...facts.childAges) : undefined;
  const kindJongerDan = n('vrijlating.alleenstaande-ouder.kind-jonger-dan').toNumber();
  if (facts.type !== 'alleenstaande-ouder' || youngest === undefined || youngest >= kindJongerDan) return NO_VRIJLATING;
  const duurR = n('vrijlating.alleenstaande-ouder.duur').toNumber();
  if (monthsWorking >= duurN + duurR) return NO_VRIJLATING;
  return {
    kind: 'art31-r',
    percentage: n('vrijlating.alleenstaande-ouder.percentage'),
    maximum: n('vrijlating.alleenstaande-ouder.maximum'),
    monthsLeft: duurN + duurR - monthsWorking - 1,
  };
}

/** The part of the net wage that is not set off against the bijstand. */
export function vrijgelaten(v: Vrijlating, netWage: Decimal): Decimal {
  const share = percentOf(v.percentage, netWage);
  return v.maximum ? dmin(share, v.maximum) : share;
}

/**
 * Bijstand per month: the norm (incl. vakantietoeslag, kostendelersnorm applied) less the net wage that
 * counts (art. 31-32: net income minus the vrijlating), never below zero.
 */
export function bijstandTopUp(norm: Decimal, netWage: Decimal, vrijlating: Decimal): Decimal {
  const counted = dmax(ZERO, netWage.minus(vrijlating));
  return dmax(ZERO, norm.minus(counted));
}
