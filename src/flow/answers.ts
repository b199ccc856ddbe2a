import type { IncomeSource } from '../engine/types.js';

/** What the resident has answered so far; strings hold what was typed, so an error can show it again. */
export interface Answers {
  partner?: boolean;
  age?: string;
  partnerAge?: string;
  childAges: string[];
  hasChildren?: boolean;
  hasHousemates?: boolean;
  housemates: { age: string; student: boolean; commercialTenant: boolean }[];
  incomeSource?: IncomeSource;
  netMonthly?: string;
  /** Months of low income as a band: the IIT reference period is usually 36 months. */
  lowSince?: 'short' | 'medium' | 'long' | 'unknown';
  assets?: string;
  /** Rent for the huurtoeslag estimate; `renting: false` for an owner or someone who does not pay rent. */
  renting?: boolean;
  rent?: string;
  /** The optional debts question: `skip` when the resident would rather not say. */
  debts?: 'yes' | 'no' | 'skip';
  /** "Krijgt u dit al?" (optional, issue 22): `yes` with the ticked schemes in `alreadyGets`, or `skip`. */
  already?: 'yes' | 'no' | 'skip';
  alreadyGets?: AlreadyId[];
}

/**
 * "Krijgt u dit al?" (issue 22): the schemes' own ids in the outcome, so the results can set what is new
 * apart from what is not (already.ts).
 */
export const ALREADY_IDS = ['zorgtoeslag', 'huurtoeslag', 'kindgebonden-budget', 'stadspas', 'iit'] as const;
export type AlreadyId = (typeof ALREADY_IDS)[number];

export const emptyAnswers = (): Answers => ({ childAges: [], housemates: [] });

export const LOW_SINCE_MONTHS = { short: 0, medium: 12, long: 36 } as const;
