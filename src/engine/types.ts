import type { IncomeSource } from './income-source.js';
import type { WerkenLoontOutcome } from './werken-loont/types.js';

export type { IncomeSource };

/** The household as the CLI contract and the element describe it. Ages are whole years on `date`. */
export interface Person {
  age: number;
}

export interface Housemate extends Person {
  student?: boolean;
  commercialTenant?: boolean;
}

export interface WorkInput {
  grossHourlyWage: string;
  hoursPerWeek: number;
  /** Months the person has already had income from work while on bijstand (vrijlating duration). */
  monthsWorkingOnBijstand?: number;
  /** The partner's current gross monthly wage (without vakantiegeld); fixed while the applicant's hours vary. */
  partnerGrossMonthly?: string;
}

export interface HouseholdInput {
  date: string;
  municipality: string;
  household: {
    adults: Person[];
    children: Person[];
    housemates: Housemate[];
  };
  income: { netMonthly: string; source: IncomeSource; lowSinceMonths?: number };
  assets: string;
  housing?: { rentMonthly: string };
  work?: WorkInput;
  /** "Heeft u schulden of rekeningen die u niet kunt betalen?": puts schuldhulp first (issue 10). */
  debts?: boolean;
}

export type HouseholdType = 'alleenstaande' | 'alleenstaande-ouder' | 'gehuwden';

export type Status = 'yes' | 'maybe' | 'no';

/** Why a scheme has its status; the UI turns each into a sentence (locales: reason.<code>). */
export const REASON_CODES = [
  'income-below-limit',
  'income-above-limit',
  'assets-below-limit',
  'assets-above-limit',
  'assets-count-as-draagkracht',
  'age-below-minimum',
  'age-aow',
  'low-income-long-enough',
  'low-income-too-short',
  'low-income-duration-unknown',
  'student',
  'no-children',
  'not-for-household',
  'depends-on-costs',
  'draagkracht-from-income',
  'automatic-with-bijstand',
  // Issue 10: IIT without known amounts, kwijtschelding, toeslagen estimates.
  'amount-unknown',
  'income-limit-unknown',
  'reference-period-unknown',
  'bijstand-usually-remitted',
  'partial-remission-possible',
  'assets-may-count',
  'toeslag-estimate',
  'toeslag-income-too-high',
  'toeslag-not-estimated-aow',
  // Issue 20: the kindgebonden budget's age supplement for a child of exactly 12 or 16; `no` where no
  // gemeente's limit can be met.
  'kgb-supplement-month-after-birthday',
  'income-above-highest-known-limit',
  'income-too-high-for-remission',
  // Issue 21: the statutory answers for a gemeente whose own rules the check does not know.
  'gemeente-sets-iit',
  'draagkracht-national-rule',
  'kwijtschelding-norm-choice',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export type AmountPer = 'year' | 'month' | 'once';

export interface SchemeOutcome {
  id: string;
  name: string;
  status: Status;
  /**
   * `validFrom`: the oldest valid-from date of the figures the amount is made of; `fromEarlierYear` when that
   * date lies in a year before the check's date; `unverified` when one of them is not checked against an
   * official text (issue 20: the card says so next to the amount).
   */
  amount?: { value: string; per: AmountPer; validFrom?: string; fromEarlierYear?: true; unverified?: true };
  /** Draagkracht per month that the resident pays themselves first (bijzondere bijstand). */
  ownContributionMonthly?: string;
  reasons: ReasonCode[];
  /** The limit the income was compared with, in euro per month, and as a percentage of the norm. */
  incomeLimit?: { monthly: string; percent: string };
  portal: { url: string; digid: 'verplicht' | 'mogelijk' | 'niet' };
  contact: { phone?: string; address?: string; openingHours?: string; openingTimes?: OpeningTime[]; url?: string };
  documents: string[];
  sources: string[];
  /** Valid-from date of the local figures used, for the "Waarom?" explanation. */
  parameterDate: string;
  /** Descriptions of deciding figures that are not yet checked against an official text. */
  unverified: string[];
  /** Toeslagen estimates: the Belastingdienst's own proefberekening. */
  calculatorUrl?: string;
  /**
   * Who decides, where the check does not know the organisation (issue 21, kwijtschelding of an uncovered
   * gemeente): "uw gemeente of de belastingsamenwerking van uw gemeente".
   */
  handler?: 'gemeente-of-belastingsamenwerking';
  /** With `maybe` or `no`: how far the income is from the limit that decided (issue 20). */
  distance?: Distance;
}

/** "€ 23 per maand boven de grens": the income's distance from the monthly limit it was compared with. */
export interface Distance {
  /** Always positive: the direction says which side. */
  amount: string;
  per: 'month';
  direction: 'above' | 'below';
  /** The limit compared with, per month. */
  limit: string;
}

/** Opening hours as data, so each language can say them (rules: `openingstijden`); days 1 = Monday … 7 = Sunday. */
export interface OpeningTime {
  channel?: 'phone' | 'desk';
  days: number[];
  /** HH:MM */
  from: string;
  to: string;
}

/** Help that does not depend on a status (contract: `helpRoutes`). */
export interface HelpRoute {
  id: 'schuldhulp' | 'geldfit' | 'juridisch-loket' | 'gemeente' | (string & {});
  name: string;
  url: string;
  phone?: string;
  /** False when the route's details were not checked against an official page. */
  checked: boolean;
}

/** Why the check computed nothing for a scheme (locales: `results.notComputedReason.<code>`). */
export const NOT_COMPUTED_REASONS = ['figures-missing-on-date'] as const;
export type NotComputedReason = (typeof NOT_COMPUTED_REASONS)[number];

/** A scheme that exists but that the check does not compute, with a link where the resident can. */
export interface NotComputed {
  name: string;
  url: string;
  /** The scheme's id where it is one the check otherwise computes (`zorgtoeslag`, `iit`, `werken-loont`, …). */
  id?: string;
  /** Absent: the check never computes it (the gemeente's `nietBerekend`); else why not on this date. */
  reason?: NotComputedReason;
  /** What an uncovered gemeente may have that the check does not know (issue 21). */
  code?: NotComputedCode;
}

/** What an uncovered gemeente may have that the check does not know (issue 21). */
export type NotComputedCode = 'stadspas' | 'local-schemes' | 'iit-amount';

export type NoticeCode = 'norms-may-be-outdated' | 'aow-age-svb';

export interface Outcome {
  date: string;
  municipality: string;
  municipalityName: string;
  /** False for a real gemeente the check does not cover: then only national estimates and help routes. */
  covered: boolean;
  /** Absent when the gemeente is not covered. */
  organisation?: string;
  householdType: HouseholdType;
  norm: {
    bijstandsnorm: string;
    bijstandsnormExclVakantietoeslag: string;
    /** Absent when the gemeente is not covered (no local percentages). */
    normBasis?: 'inclusief-vakantietoeslag' | 'exclusief-vakantietoeslag';
    incomeLimitPercent?: string;
    kostendelers: number;
    validFrom: string;
  };
  schemes: SchemeOutcome[];
  /** Schuldhulp of the gemeente first when the resident has debts, then the national routes. */
  helpRoutes: HelpRoute[];
  /**
   * Regelingen of the gemeente that exist but that the check does not compute, with their links. For an
   * uncovered gemeente (issue 21) each has a `code` the UI can say in every language (results.notComputedCode).
   */
  notComputed: NotComputed[];
  notices: NoticeCode[];
  /** Present when the input has a `work` block and the rules have the tax and toeslagen figures for the date. */
  werkenLoont?: WerkenLoontOutcome;
}
