import * as z from 'zod/mini';
import { isCalendarDate } from '../rules/calendar.js';
import { INPUT_LIMITS } from './input-limits.js';
import type { HouseholdInput } from './types.js';

export { INPUT_LIMITS };


/** Money as a non-negative decimal string with at most two decimals, at most `max`. */
function moneyString(max: string) {
  return z.string().check(
    z.regex(/^\d{1,12}(\.\d{1,2})?$/, 'amount-format'),
    z.refine((s) => Number(s) <= Number(max), 'amount-too-large'),
  );
}

const age = (min: number) => z.int().check(z.gte(min, 'age-too-low'), z.lte(INPUT_LIMITS.maxAge, 'age-too-high'));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'date-format'), z.refine(isCalendarDate, 'date-format'));

/**
 * Strict at every level: an unknown key is refused with its name (`income.lowSinceMonth: unknown-key`),
 * because a typo that is silently dropped turns a `yes` into a `maybe` without a word.
 */
export const householdInputSchema = z.strictObject({
  date: isoDate,
  municipality: z.string().check(z.minLength(1, 'required')),
  household: z.strictObject({
    adults: z.array(z.strictObject({ age: age(18) })).check(z.minLength(1, 'adults-count'), z.maxLength(2, 'adults-count')),
    children: z._default(z.array(z.strictObject({ age: z.int().check(z.gte(0, 'age-too-low'), z.lte(17, 'age-too-high')) })).check(z.maxLength(INPUT_LIMITS.maxPersons, 'too-many')), []),
    housemates: z._default(
      z.array(
        z.strictObject({ age: age(18), student: z.optional(z.boolean()), commercialTenant: z.optional(z.boolean()) }),
      ).check(z.maxLength(INPUT_LIMITS.maxPersons, 'too-many')),
      [],
    ),
  }),
  income: z.strictObject({
    netMonthly: moneyString(INPUT_LIMITS.maxMonthly),
    source: z.enum(['none', 'bijstand', 'work', 'benefit', 'pension', 'study']),
    lowSinceMonths: z.optional(z.int().check(z.gte(0, 'months-negative'), z.lte(INPUT_LIMITS.maxMonths, 'months-too-large'))),
  }),
  assets: moneyString(INPUT_LIMITS.maxAssets),
  housing: z.optional(z.strictObject({ rentMonthly: moneyString(INPUT_LIMITS.maxRent) })),
  work: z.optional(
    z.strictObject({
      grossHourlyWage: moneyString(INPUT_LIMITS.maxHourlyWage),
      hoursPerWeek: z.number().check(z.gte(0, 'hours-negative'), z.lte(60, 'hours-too-large')),
      monthsWorkingOnBijstand: z.optional(z.int().check(z.gte(0, 'months-negative'), z.lte(INPUT_LIMITS.maxMonths, 'months-too-large'))),
      /** The partner's gross monthly wage (issue 11): fixed while the applicant's hours vary. */
      partnerGrossMonthly: z.optional(moneyString(INPUT_LIMITS.maxMonthly)),
    }),
  ),
  /** Agreed contract (issue 10): "Heeft u schulden of rekeningen die u niet kunt betalen?" */
  debts: z.optional(z.boolean()),
});

/** Invalid input: names the field (dotted path) and a code the UI can translate. */
export class InputError extends Error {
  constructor(
    readonly field: string,
    readonly code: string,
  ) {
    super(`${field}: ${code}`);
    this.name = 'InputError';
  }
}

/** Validates unknown JSON into a household, or throws an InputError for the first faulty field. */
export function parseHouseholdInput(value: unknown): HouseholdInput {
  const result = z.safeParse(householdInputSchema, value);
  if (result.success) {
    const input = result.data as HouseholdInput;
    // A partner's wage without a partner cannot be placed anywhere: say so instead of ignoring it.
    if (input.work?.partnerGrossMonthly !== undefined && input.household.adults.length < 2) {
      throw new InputError('work.partnerGrossMonthly', 'partner-wage-without-partner');
    }
    return input;
  }
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    throw new InputError(fieldPath([...issue.path, (issue as { keys: string[] }).keys[0]!]), 'unknown-key');
  }
  const field = fieldPath(issue.path);
  const given = issue.path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown> | undefined)?.[key], value);
  const code = /^[a-z-]+$/.test(issue.message) ? issue.message : given === undefined ? 'required' : 'invalid';
  throw new InputError(field, code);
}

/**
 * A dotted path for a message on one line. A key that is not a plain name (a space, a newline, an empty
 * or a very long key) is quoted and cut short, so the message still names it unmistakably.
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((part) => {
      const key = String(part);
      if (/^[A-Za-z0-9_-]{1,64}$/.test(key)) return key;
      return JSON.stringify(key.length > 64 ? `${key.slice(0, 64)}…` : key);
    })
    .join('.');
}
