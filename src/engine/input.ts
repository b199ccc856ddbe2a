import * as z from 'zod/mini';
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
const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'date-format'),
  z.refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), 'date-format'),
);

export const householdInputSchema = z.object({
  date: isoDate,
  municipality: z.string().check(z.minLength(1, 'required')),
  household: z.object({
    adults: z.array(z.object({ age: age(18) })).check(z.minLength(1, 'adults-count'), z.maxLength(2, 'adults-count')),
    children: z._default(z.array(z.object({ age: z.int().check(z.gte(0, 'age-too-low'), z.lte(17, 'age-too-high')) })).check(z.maxLength(INPUT_LIMITS.maxPersons, 'too-many')), []),
    housemates: z._default(
      z.array(
        z.object({ age: age(18), student: z.optional(z.boolean()), commercialTenant: z.optional(z.boolean()) }),
      ).check(z.maxLength(INPUT_LIMITS.maxPersons, 'too-many')),
      [],
    ),
  }),
  income: z.object({
    netMonthly: moneyString(INPUT_LIMITS.maxMonthly),
    source: z.enum(['none', 'bijstand', 'work', 'benefit', 'pension', 'study']),
    lowSinceMonths: z.optional(z.int().check(z.gte(0, 'months-negative'), z.lte(INPUT_LIMITS.maxMonths, 'months-too-large'))),
  }),
  assets: moneyString(INPUT_LIMITS.maxAssets),
  housing: z.optional(z.object({ rentMonthly: moneyString(INPUT_LIMITS.maxRent) })),
  debts: z.optional(z.boolean()),
  work: z.optional(
    z.object({
      grossHourlyWage: moneyString(INPUT_LIMITS.maxHourlyWage),
      hoursPerWeek: z.number().check(z.gte(0, 'hours-negative'), z.lte(60, 'hours-too-large')),
      monthsWorkingOnBijstand: z.optional(z.int().check(z.gte(0, 'months-negative'), z.lte(INPUT_LIMITS.maxMonths, 'months-too-large'))),
    }),
  ),
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
  if (result.success) return result.data as HouseholdInput;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join('.') || '(root)';
  const given = issue.path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown> | undefined)?.[key], value);
  const code = /^[a-z-]+$/.test(issue.message) ? issue.message : given === undefined ? 'required' : 'invalid';
  throw new InputError(field, code);
}
