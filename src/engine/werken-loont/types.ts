import type { IncomeSource } from '../income-source.js';

/**
 * The werken-loont outcome (CLI contract: `werkenLoont.points`). All money is a decimal string with two
 * decimals, per month, for the whole household.
 */

/** Which rule decides how much of a wage is left out of the bijstand: the date decides. */
export type Regime = 'art31' | 'bijverdienregeling';

/** Which vrijlating applies this month: art. 31 lid 2 sub n or r (until 2026), or art. 34a (from 2027). */
export type VrijlatingKind = 'art31-n' | 'art31-r' | 'bijverdienregeling' | 'none';

/** The parts of the net household income at one hour count. Local schemes add a key per scheme id. */
export type WerkenLoontParts = {
  netWage: string;
  /** The partner's net wage (work.partnerGrossMonthly), the same at every hour count; absent without one. */
  partnerNetWage?: string;
  /** Only in `current`: other net income the resident gave (a benefit, a pension, …). */
  otherIncome?: string;
  bijstand: string;
  zorgtoeslag: string;
  huurtoeslag: string;
  kindgebondenBudget: string;
  kinderbijslag: string;
  iit: string;
  stadspas: string;
} & Record<string, string>;

export interface WerkenLoontPoint {
  hoursPerWeek: number;
  /** Gross wage per month without vakantiegeld: hourly wage × hours × 52 / 12. */
  grossMonthlyWage: string;
  netHouseholdMonthly: string;
  parts: WerkenLoontParts;
}

export interface HourRange {
  fromHours: number;
  toHours: number;
}

/** Codes for what the calculation assumes; the UI turns them into sentences. */
export type WerkenLoontAssumption =
  | 'only-applicant-works'
  | 'partner-wage-fixed'
  | 'no-vrijlating-not-on-bijstand'
  | 'vakantiegeld-spread-monthly'
  | 'same-hours-all-year'
  | 'no-bijstand-assets-above-limit'
  | 'no-housing-given'
  | 'housemates-income-not-counted'
  | 'local-schemes-status-yes-only'
  | 'local-schemes-not-known';

/**
 * Why there is no curve for a household the calculation does not model: a couple with one partner of 18-20
 * and kostendelers (Participatiewet art. 22a lid 3: the older partner's kostendelersnorm plus the young
 * partner's jongerennorm). The UI says so in words instead of showing a wrong curve.
 */
export type WerkenLoontRefusal = 'partner-18-20-with-kostendelers';

/** The household now, from the income and the source the resident gave (not from the model). */
export interface WerkenLoontCurrent {
  hoursPerWeek: number;
  source: IncomeSource;
  /** The household's net monthly income as the resident gave it. */
  givenNetMonthly: string;
  /** Whether the resident gets bijstand now (source `bijstand`): only then does the vrijlating apply. */
  onBijstand: boolean;
  /** That income split into parts, with the toeslagen, kinderbijslag and local schemes at that income. */
  point: WerkenLoontPoint;
}

export interface WerkenLoontOutcome {
  /** Set when the household is not modelled; `points` is then empty. */
  refused?: WerkenLoontRefusal;
  grossHourlyWage: string;
  /** The partner's gross monthly wage used (work.partnerGrossMonthly), absent without one. */
  partnerGrossMonthly?: string;
  current?: WerkenLoontCurrent;
  /** The date of the calculation (the input's). */
  date: string;
  /** Participatiewet art. 34b (from 1-1-2027): the most the college can give a year; absent before. */
  bufferbudgetMaximum?: string;
  /** The hours the resident works now (from the input), which the chart marks. */
  currentHours: number;
  regime: Regime;
  vrijlating: {
    kind: VrijlatingKind;
    monthsWorking: number;
    /** Percentage of the net wage left out of the bijstand this month. */
    percentage: string;
    /** Monthly maximum of the vrijlating, absent when there is none (bijverdienregeling). */
    maximumMonthly?: string;
    /** Months this vrijlating still applies after this one (0 when it ends this month or does not apply). */
    monthsLeft: number;
  };
  /** Hours 0 to 40 in steps of 1. */
  points: WerkenLoontPoint[];
  /** Hour steps where one more hour gives less net household income (merged into ranges). */
  armoedeval: HourRange[];
  /** Smallest hour count from which every higher hour count gives more than at 0 hours; null if none ≤ 40. */
  drempelHours: number | null;
  /** The first hour count at which a part that was paid at 0 hours has stopped. */
  stops: { part: string; fromHours: number }[];
  assumptions: WerkenLoontAssumption[];
  /** Valid-from date of the tax figures used. */
  parameterDate: string;
  unverified: string[];
  sources: string[];
}
