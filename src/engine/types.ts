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
  // Issue 21: the statutory answers for a gemeente whose own rules the check does not know.
  'gemeente-sets-iit',
  'above-highest-known-limit',
  'draagkracht-national-rule',
  'kwijtschelding-norm-choice',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export type AmountPer = 'year' | 'month' | 'once';

export interface SchemeOutcome {
  id: string;
  name: string;
  status: Status;
  amount?: { value: string; per: AmountPer };
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
  notComputed: { name: string; url: string; code?: NotComputedCode }[];
  notices: NoticeCode[];
  /** Present when the input has a `work` block and the rules have the tax and toeslagen figures for the date. */
  werkenLoont?: WerkenLoontOutcome;
}
