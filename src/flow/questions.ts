import { INPUT_LIMITS } from '../engine/input-limits.js';
import type { Answers } from './answers.js';
import { type IitCeiling, aboveIitCeiling, householdType } from './iit-ceiling.js';
import { parseAge, parseMoney } from './parse-money.js';

/** What the flow knows about the gemeente: a question whose answer cannot change an outcome is skipped. */
export interface FlowContext {
  offersIit: boolean;
  /** AOW age on the evaluation date, in months (the IIT stops there). */
  aowAgeMonths: number;
  /** From this age the adult norm and so the kostendelersnorm apply (jongerennorm.leeftijdsgrens). */
  adultNormAge: number;
  /** From this age there is an IIT (iit.minimumleeftijd). */
  iitAge: number;
  /** The highest IIT income limit that can apply (iit-ceiling.ts); absent: unknown, so the period is asked. */
  iitCeiling?: IitCeiling;
}

export type StepId =
  | 'partner'
  | 'ages'
  | 'children'
  | 'housemates'
  | 'income-source'
  | 'income'
  | 'low-since'
  | 'assets'
  | 'rent'
  | 'debts'
  | 'already';

/** Field name → error code (translated as errors.<code>). */
export type StepErrors = Record<string, string>;

interface Step {
  id: StepId;
  relevant(answers: Answers, ctx: FlowContext): boolean;
  validate(answers: Answers): StepErrors;
}

const required = (value: unknown, field: string): StepErrors => (value === undefined ? { [field]: 'choose-one' } : {});

function ageError(text: string | undefined, min: number, max: number): string | undefined {
  if (text === undefined || text.trim() === '') return 'age-required';
  const age = parseAge(text);
  if (age === undefined) return 'age-whole-number';
  if (age < min) return min === 18 ? 'age-adult' : 'age-too-low';
  if (age > max) return 'age-too-high';
  return undefined;
}

export function moneyError(text: string | undefined, max: string): string | undefined {
  if (text === undefined || text.trim() === '') return 'amount-required';
  if (text.trim().startsWith('-')) return 'amount-negative';
  const value = parseMoney(text);
  if (value === undefined) return 'amount-format';
  if (Number(value) > Number(max)) return 'amount-too-large';
  return undefined;
}

function moneyErrors(field: string, text: string | undefined, max: string): StepErrors {
  const error = moneyError(text, max);
  return error ? { [field]: error } : {};
}

const adultAge = (answers: Answers) => parseAge(answers.age ?? '') ?? 0;

export const STEPS: Step[] = [
  { id: 'partner', relevant: () => true, validate: (a) => required(a.partner, 'partner') },
  {
    id: 'ages',
    relevant: () => true,
    validate: (a) => {
      const errors: StepErrors = {};
      const own = ageError(a.age, 18, INPUT_LIMITS.maxAge);
      if (own) errors.age = own;
      if (a.partner) {
        const partner = ageError(a.partnerAge, 18, INPUT_LIMITS.maxAge);
        if (partner) errors.partnerAge = partner;
      }
      return errors;
    },
  },
  {
    id: 'children',
    relevant: () => true,
    validate: (a) => {
      if (a.hasChildren === undefined) return { hasChildren: 'choose-one' };
      const errors: StepErrors = {};
      if (a.hasChildren) {
        if (a.childAges.length === 0) errors.hasChildren = 'add-child';
        a.childAges.forEach((text, i) => {
          const error = ageError(text, 0, 17);
          if (error) errors[`child-${i}`] = error === 'age-too-high' ? 'child-too-old' : error;
        });
      }
      return errors;
    },
  },
  {
    // The kostendelersnorm applies from 21 (art. 22a); for younger applicants housemates change nothing.
    id: 'housemates',
    relevant: (a, ctx) => adultAge(a) >= ctx.adultNormAge,
    validate: (a) => {
      if (a.hasHousemates === undefined) return { hasHousemates: 'choose-one' };
      const errors: StepErrors = {};
      if (a.hasHousemates) {
        if (a.housemates.length === 0) errors.hasHousemates = 'add-housemate';
        a.housemates.forEach((h, i) => {
          const error = ageError(h.age, 18, INPUT_LIMITS.maxAge);
          if (error) errors[`housemate-${i}`] = error;
        });
      }
      return errors;
    },
  },
  { id: 'income-source', relevant: () => true, validate: (a) => required(a.incomeSource, 'incomeSource') },
  {
    id: 'income',
    relevant: () => true,
    validate: (a) => moneyErrors('netMonthly', a.netMonthly, INPUT_LIMITS.maxMonthly),
  },
  {
    // Only the IIT asks how long the income has been low; it is for 21 to AOW age and not for students,
    // and not when the income is above every IIT income limit of the gemeente (€ 3.500 for one person).
    id: 'low-since',
    relevant: (a, ctx) => {
      const ages = [adultAge(a), ...(a.partner ? [parseAge(a.partnerAge ?? '') ?? 0] : [])];
      const income = parseMoney(a.netMonthly ?? '');
      return (
        ctx.offersIit &&
        adultAge(a) >= ctx.iitAge &&
        ages.every((age) => age * 12 < ctx.aowAgeMonths) &&
        a.incomeSource !== 'study' &&
        !aboveIitCeiling(income === undefined ? undefined : Number(income), householdType(!!a.partner, !!a.hasChildren), ctx.iitCeiling)
      );
    },
    validate: (a) => required(a.lowSince, 'lowSince'),
  },
  {
    id: 'assets',
    relevant: () => true,
    validate: (a) => moneyErrors('assets', a.assets, INPUT_LIMITS.maxAssets),
  },
  {
    // The rent decides the huurtoeslag estimate, which every household gets (issue 10).
    id: 'rent',
    relevant: () => true,
    validate: (a) => {
      if (a.renting === undefined) return { renting: 'choose-one' };
      return a.renting ? moneyErrors('rent', a.rent, INPUT_LIMITS.maxRent) : {};
    },
  },
  {
    // Optional: an answer only changes the order of the results (schuldhulp first), so any answer is fine.
    id: 'debts',
    relevant: () => true,
    validate: () => ({}),
  },
  {
    // Optional, like debts (issue 22): it only says which results are new money. "Ja" needs one ticked.
    id: 'already',
    relevant: () => true,
    validate: (a): StepErrors => (a.already === 'yes' && !a.alreadyGets?.length ? { alreadyGets: 'choose-already' } : {}),
  },
];

/** The steps that matter for these answers, in order. Later answers can add or drop steps. */
export function relevantSteps(answers: Answers, ctx: FlowContext): StepId[] {
  return STEPS.filter((s) => s.relevant(answers, ctx)).map((s) => s.id);
}

export function validateStep(id: StepId, answers: Answers): StepErrors {
  return STEPS.find((s) => s.id === id)!.validate(answers);
}
