import type { WerkenLoontOutcome } from './werken-loont/types.js';

/** The household as the CLI contract and the element describe it. Ages are whole years on `date`. */
export type IncomeSource = 'none' | 'bijstand' | 'work' | 'benefit' | 'pension' | 'study';

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
  contact: { phone?: string; address?: string; openingHours?: string; url?: string };
  documents: string[];
  sources: string[];
  /** Valid-from date of the local figures used, for the "Waarom?" explanation. */
  parameterDate: string;
  /** Descriptions of deciding figures that are not yet checked against an official text. */
  unverified: string[];
}

export type NoticeCode = 'norms-may-be-outdated' | 'aow-age-svb';

export interface Outcome {
  date: string;
  municipality: string;
  municipalityName: string;
  organisation: string;
  householdType: HouseholdType;
  norm: {
    bijstandsnorm: string;
    bijstandsnormExclVakantietoeslag: string;
    normBasis: 'inclusief-vakantietoeslag' | 'exclusief-vakantietoeslag';
    incomeLimitPercent?: string;
    kostendelers: number;
    validFrom: string;
  };
  schemes: SchemeOutcome[];
  notices: NoticeCode[];
  /** Present when the input has a `work` block and the rules have the tax and toeslagen figures for the date. */
  werkenLoont?: WerkenLoontOutcome;
}
