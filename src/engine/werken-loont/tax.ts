import { Decimal, ZERO, dmax, dmin, percentOf } from '../money.js';
import type { TaxParams } from './params.js';

export type { TaxParams };

/**
 * Loonheffing for an employee below AOW age who works the same hours all year (Wet IB 2001 art. 2.10,
 * 8.10, 8.11). How annual figures become monthly ones:
 *
 *   gross monthly wage  = hourly wage × hours per week × 52 / 12          (without vakantiegeld)
 *   annual wage         = gross monthly wage × 12 × (1 + 8 %)             (vakantiegeld included)
 *   annual loonheffing  = max(0, box-1 tax on the annual wage − algemene heffingskorting − arbeidskorting)
 *   net monthly wage    = (annual wage − annual loonheffing) / 12
 *
 * Choice: the 8 % minimumvakantiebijslag is included and spread evenly over the twelve months, so the
 * net wage is compared with the bijstandsnorm including its 5 % vakantietoeslag on the same yearly basis.
 * This is the yearly tax (as the aanslag settles it), not the monthly loonbelastingtabel, which differs by
 * a few euros. No pension premium, no Zvw (the employer pays the werkgeversheffing). The inkomensafhankelijke
 * combinatiekorting (art. 8.14a) counts when the caller says it applies (see iack.ts): the employer does not
 * apply it, the resident gets it through the voorlopige aanslag or the aanslag, so it is part of the yearly net.
 */
export function grossMonthlyWage(hourlyWage: Decimal, hoursPerWeek: number): Decimal {
  return hourlyWage.times(hoursPerWeek).times(52).dividedBy(12);
}

export function annualWage(p: TaxParams, grossMonthly: Decimal): Decimal {
  return grossMonthly.times(12).times(new Decimal(100).plus(p.vakantiebijslag)).dividedBy(100);
}

/** Box-1 tax and premies volksverzekeringen on a yearly income, before heffingskortingen. */
export function box1Tax(p: TaxParams, income: Decimal): Decimal {
  const first = dmin(income, p.schijf1Grens);
  const second = dmax(ZERO, dmin(income, p.schijf2Grens).minus(p.schijf1Grens));
  const third = dmax(ZERO, income.minus(p.schijf2Grens));
  return percentOf(p.schijf1Tarief, first).plus(percentOf(p.schijf2Tarief, second)).plus(percentOf(p.schijf3Tarief, third));
}

/** Algemene heffingskorting on a yearly income (art. 8.10): maximum, then a linear afbouw to 0. */
export function algemeneHeffingskorting(p: TaxParams, income: Decimal): Decimal {
  if (income.lessThanOrEqualTo(p.ahkAfbouwVanaf)) return p.ahkMaximum;
  return dmax(ZERO, p.ahkMaximum.minus(percentOf(p.ahkAfbouwPercentage, income.minus(p.ahkAfbouwVanaf))));
}

/** Arbeidskorting on yearly arbeidsinkomen (art. 8.11), with every bracket point from the parameters. */
export function arbeidskorting(p: TaxParams, arbeidsinkomen: Decimal): Decimal {
  const ai = arbeidsinkomen;
  if (ai.lessThanOrEqualTo(0)) return ZERO;
  if (ai.lessThanOrEqualTo(p.akGrens1)) return percentOf(p.akPercentage1, ai);
  if (ai.lessThanOrEqualTo(p.akGrens2)) return p.akBedrag1.plus(percentOf(p.akPercentage2, ai.minus(p.akGrens1)));
  if (ai.lessThanOrEqualTo(p.akGrens3)) return p.akBedrag2.plus(percentOf(p.akPercentage3, ai.minus(p.akGrens2)));
  if (ai.greaterThanOrEqualTo(p.akNulVanaf)) return ZERO;
  return dmax(ZERO, p.akMaximum.minus(percentOf(p.akAfbouwPercentage, ai.minus(p.akGrens3))));
}

/**
 * Inkomensafhankelijke combinatiekorting (art. 8.14a lid 2): 11,45 % of the arbeidsinkomen above € 6.239,
 * at most € 3.032 (2026). Whether it applies (a young child, the lower earner of a couple) is iack.ts.
 */
export function combinatiekorting(p: TaxParams, arbeidsinkomen: Decimal): Decimal {
  if (!arbeidsinkomen.greaterThan(p.iackDrempel)) return ZERO;
  return dmin(p.iackMaximum, percentOf(p.iackPercentage, arbeidsinkomen.minus(p.iackDrempel)));
}

/** Yearly tax on a wage, less the algemene heffingskorting, the arbeidskorting and (if it applies) the IACK. */
export function loonheffing(p: TaxParams, annual: Decimal, iack = false): Decimal {
  const kortingen = algemeneHeffingskorting(p, annual)
    .plus(arbeidskorting(p, annual))
    .plus(iack ? combinatiekorting(p, annual) : ZERO);
  return dmax(ZERO, box1Tax(p, annual).minus(kortingen));
}

export interface Wage {
  grossMonthly: Decimal;
  annual: Decimal;
  netMonthly: Decimal;
}

export function wageAt(p: TaxParams, hourlyWage: Decimal, hoursPerWeek: number, iack = false): Wage {
  return wageFromGross(p, grossMonthlyWage(hourlyWage, hoursPerWeek), iack);
}

/** The same for a gross monthly wage given directly (the partner's). */
export function wageFromGross(p: TaxParams, grossMonthly: Decimal, iack = false): Wage {
  const annual = annualWage(p, grossMonthly);
  return { grossMonthly, annual, netMonthly: annual.minus(loonheffing(p, annual, iack)).dividedBy(12) };
}

/**
 * The yearly wage whose net (as wageFromGross computes it) is the given yearly net: the inverse of
 * annual − loonheffing(annual), for a resident who gave a net wage but no hours (Wet IB art. 8.10, 8.11 and,
 * when it applies, 8.14a all depend on the wage itself). Bisection to the cent, then rounded down to whole
 * euros as grossedUpIncome is.
 */
export function annualWageForNet(p: TaxParams, netAnnual: Decimal, iack = false): Decimal {
  const net = (annual: Decimal) => annual.minus(loonheffing(p, annual, iack));
  let lo = netAnnual;
  // Every euro more gross gives at least 30 cents more net below the top rate's afbouw: 4× is always enough.
  let hi = netAnnual.times(4).plus(1);
  for (let i = 0; i < 60 && hi.minus(lo).greaterThan('0.005'); i++) {
    const mid = lo.plus(hi).dividedBy(2);
    if (net(mid).lessThan(netAnnual)) lo = mid;
    else hi = mid;
  }
  return new Decimal(hi.toFixed(0, Decimal.ROUND_DOWN));
}

/**
 * The toetsingsinkomen of wage plus bijstand: the bijstand is paid net, so its gross amount is found by
 * solving  X − max(0, tax(X) − AHK(X) − arbeidskorting(wage)) = net wage + net bijstand  for X ≥ wage
 * (the yearly aanslag view: one AHK over the whole income). Solved by bisection in floating point and
 * rounded down to whole euros, as the toetsingsinkomen is: it is an estimate that only feeds the toeslagen.
 */
export function grossedUpIncome(p: TaxParams, annualWageGross: Decimal, netAnnualTarget: Decimal, iack = false): Decimal {
  const f = {
    s1: p.schijf1Grens.toNumber(),
    s2: p.schijf2Grens.toNumber(),
    t1: p.schijf1Tarief.toNumber() / 100,
    t2: p.schijf2Tarief.toNumber() / 100,
    t3: p.schijf3Tarief.toNumber() / 100,
    ahkMax: p.ahkMaximum.toNumber(),
    ahkFrom: p.ahkAfbouwVanaf.toNumber(),
    ahkPct: p.ahkAfbouwPercentage.toNumber() / 100,
  };
  // Both kortingen that depend on the arbeidsinkomen only, not on the bijstand on top.
  const ak = arbeidskorting(p, annualWageGross).plus(iack ? combinatiekorting(p, annualWageGross) : ZERO).toNumber();
  const net = (x: number) => {
    const tax = Math.min(x, f.s1) * f.t1 + Math.max(0, Math.min(x, f.s2) - f.s1) * f.t2 + Math.max(0, x - f.s2) * f.t3;
    const ahk = x <= f.ahkFrom ? f.ahkMax : Math.max(0, f.ahkMax - f.ahkPct * (x - f.ahkFrom));
    return x - Math.max(0, tax - ahk - ak);
  };
  const target = netAnnualTarget.toNumber();
  let lo = annualWageGross.toNumber();
  if (net(lo) >= target) return new Decimal(Math.floor(lo));
  let hi = lo + (target - net(lo)) * 3 + 1; // the marginal rate stays below 2/3, so net(hi) ≥ target
  for (let i = 0; i < 60 && hi - lo > 0.005; i++) {
    const mid = (lo + hi) / 2;
    if (net(mid) < target) lo = mid;
    else hi = mid;
  }
  return new Decimal(Math.floor(hi));
}
