import type { HouseholdFacts } from '../household.js';
import { Decimal, ZERO, cents, dmax, dmin } from '../money.js';
import type { HouseholdInput } from '../types.js';
import { iackFor } from './iack.js';
import { type TaxParams, type Wage, annualWageForNet, grossedUpIncome, wageAt, wageFromGross } from './tax.js';

/**
 * The household's income now and its yearly toetsingsinkomen (Awir art. 8: the verzamelinkomen), the one
 * calculation behind both the toeslagen cards and werken loont's `current` point, so they can never differ.
 */

/** Both wages at an hour count, with the IACK for whoever Wet IB art. 8.14a gives it to. */
export interface Wages {
  applicant: Wage;
  partner: Wage | undefined;
  iack: [boolean, boolean];
}

export interface Household {
  input: HouseholdInput;
  facts: HouseholdFacts;
}

export function wagesAt(tax: TaxParams, h: Household, hourly: Decimal, hours: number, partnerGross: Decimal | undefined): Wages {
  const { facts, input } = h;
  const partner = facts.adultAges.length === 2;
  const plain = wageAt(tax, hourly, hours);
  const partnerPlain = partnerGross ? wageFromGross(tax, partnerGross) : undefined;
  const iack = iackFor(
    tax,
    input.date,
    facts.childAges,
    { annualWage: plain.annual.toNumber(), age: facts.adultAges[0]! },
    partner ? { annualWage: partnerPlain?.annual.toNumber() ?? 0, age: facts.adultAges[1]! } : undefined,
  );
  return {
    applicant: iack[0] ? wageAt(tax, hourly, hours, true) : plain,
    partner: partnerGross ? (iack[1] ? wageFromGross(tax, partnerGross, true) : partnerPlain) : undefined,
    iack,
  };
}

/**
 * The yearly toetsingsinkomen of both wages plus the gross amount of net bijstand and other net income.
 * Bijstand for gehuwden is paid half to each (Participatiewet art. 45), each half grossed up on top of
 * that partner's own wage with that partner's own algemene heffingskorting. Other income (a benefit, a
 * pension) is one person's: it is grossed up on top of the applicant's wage, which gives the higher
 * toetsingsinkomen of the two possible owners, so the toeslagen err low rather than high.
 */
export function toetsingsinkomenOf(
  tax: TaxParams,
  w: Wages,
  net: { wage: Decimal; partnerWage: Decimal; bijstand: Decimal; other: Decimal },
  partner: boolean,
): Decimal {
  const partnerAnnual = w.partner?.annual ?? ZERO;
  const bijstand = net.bijstand.times(12);
  const applicantExtra = net.other.times(12).plus(partner ? bijstand.dividedBy(2) : bijstand);
  const applicant = applicantExtra.greaterThan(0)
    ? grossedUpIncome(tax, w.applicant.annual, net.wage.times(12).plus(applicantExtra), w.iack[0])
    : w.applicant.annual;
  if (!partner || !bijstand.greaterThan(0)) return applicant.plus(partnerAnnual);
  return applicant.plus(grossedUpIncome(tax, partnerAnnual, net.partnerWage.times(12).plus(bijstand.dividedBy(2)), w.iack[1]));
}

/** The household now: the net income the resident gave, split by its source, and its toetsingsinkomen. */
export interface IncomeNow {
  netWage: Decimal;
  partnerNetWage: Decimal;
  bijstand: Decimal;
  other: Decimal;
  toetsingsinkomen: Decimal;
  /** The wages at the hours given (`work`), absent when the resident gave no hours. */
  wages?: Wages;
}

/**
 * From the net monthly household income and its source. With hours and a wage (`work`): the partner's net
 * wage is taken out first; the rest is split by source: on bijstand, the model's net wage at the current hours
 * (at most the rest) and bijstand for the remainder; in work, all of it is wage; with another source, the
 * model's wage and the remainder as other income; the wages' gross is the model's at those hours. Without
 * hours: in work, the whole net is the applicant's wage, grossed up with the algemene heffingskorting, the
 * arbeidskorting and the IACK where it applies (annualWageForNet); on bijstand or another source it is grossed
 * up as above with no wage. `none` and `study` count as other income.
 */
export function incomeNow(tax: TaxParams, h: Household): IncomeNow {
  const { input, facts } = h;
  const partner = facts.adultAges.length === 2;
  const given = new Decimal(input.income.netMonthly);
  const source = input.income.source;
  const work = input.work;
  if (!work && source === 'work') return wageOnly(tax, h, given);
  const partnerGross = partner && work?.partnerGrossMonthly !== undefined ? new Decimal(work.partnerGrossMonthly) : undefined;
  const w = work ? wagesAt(tax, h, new Decimal(work.grossHourlyWage), work.hoursPerWeek, partnerGross) : noWages();
  const partnerNetWage = w.partner ? cents(w.partner.netMonthly) : ZERO;
  const rest = dmax(ZERO, given.minus(partnerNetWage));
  const netWage = source === 'work' ? rest : dmin(cents(w.applicant.netMonthly), rest);
  const remainder = rest.minus(netWage);
  const bijstand = source === 'bijstand' ? remainder : ZERO;
  const other = source === 'bijstand' ? ZERO : remainder;
  const toetsingsinkomen = toetsingsinkomenOf(tax, w, { wage: netWage, partnerWage: partnerNetWage, bijstand, other }, partner);
  return { netWage, partnerNetWage, bijstand, other, toetsingsinkomen, ...(work && { wages: w }) };
}

function noWages(): Wages {
  const none = { grossMonthly: ZERO, annual: ZERO, netMonthly: ZERO };
  return { applicant: none, partner: undefined, iack: [false, false] };
}

/** A net wage without hours: the applicant's, grossed up with every korting the wage itself gives. */
function wageOnly(tax: TaxParams, h: Household, net: Decimal): IncomeNow {
  const { facts, input } = h;
  const partner = facts.adultAges.length === 2;
  const plain = annualWageForNet(tax, net.times(12));
  // Art. 8.14a lid 1 sub c: with a partner who earns nothing, the partner is the lower earner.
  const [iack] = iackFor(
    tax,
    input.date,
    facts.childAges,
    { annualWage: plain.toNumber(), age: facts.adultAges[0]! },
    partner ? { annualWage: 0, age: facts.adultAges[1]! } : undefined,
  );
  const toetsingsinkomen = iack ? annualWageForNet(tax, net.times(12), true) : plain;
  return { netWage: net, partnerNetWage: ZERO, bijstand: ZERO, other: ZERO, toetsingsinkomen };
}
