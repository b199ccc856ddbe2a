/**
 * Building blocks of the rules schema that make impossible figures impossible: real calendar dates,
 * no negative amounts (no figure in these laws is negative), a unit that fits the use (a euro unit on a
 * percentage is refused) and values within sense per unit. Regeling schemas use the typed helpers
 * (`moneyParameter`, `percentParameter`, …) so that a new regeling type gets the same checks.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from './calendar.js';

export const isoDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'), z.refine(isCalendarDate, 'not a real calendar date'));

/** Never negative: a negative figure would be shown to a resident as "€ -250,00 per jaar". */
const decimalString = z
  .string()
  .check(z.regex(/^\d+(\.\d+)?$/, 'expected a non-negative decimal number as a string, e.g. "1401.50"'));

export const url = z.string().check(z.regex(/^https:\/\/\S+$/, 'expected an https:// URL'));

/** Whether a figure was read in an official text, or is the best we have and must be checked. */
export const verificationStatus = z.enum(['verified', 'unverified']);

export const MONEY_UNITS = ['EUR', 'EUR/maand', 'EUR/jaar', 'EUR/kwartaal', 'EUR/uur'] as const;
export const unit = z.enum([...MONEY_UNITS, 'procent', 'procent-van-norm', 'maanden', 'jaren', 'jaartal', 'factor']);
export type Unit = z.infer<typeof unit>;

/**
 * The highest value that makes sense per unit. Percentages of a national figure are at most 100; a
 * limit as a percentage of the bijstandsnorm goes above 100 and gets its own bound (PERCENT_OF_NORM_MAX).
 * Ages in years stop at 121 (as the age ranges), months at 1,500 (125 years; the AOW age is 807); a
 * calendar year (`jaartal`, e.g. the IACK's birth-year limit) at 2200.
 */
const UNIT_MAX: Partial<Record<Unit, number>> = { procent: 100, jaren: 121, jaartal: 2200, maanden: 1500, factor: 100 };
/** A national figure that is itself a limit as a percentage of the bijstandsnorm (issue 21: the highest IIT limit). */
UNIT_MAX['procent-van-norm'] = 300;

/**
 * Income limits as a percentage of the bijstandsnorm: verordeningen use 100–150 %; 300 % leaves room
 * for a generous gemeente and still refuses a typing error such as 100000.
 */
export const PERCENT_OF_NORM_MAX = 300;

const valueEntry = z.union([
  decimalString,
  z.strictObject({
    value: decimalString,
    status: z.optional(verificationStatus),
    source: z.optional(url),
    note: z.optional(z.string()),
  }),
]);

const valueOf = (entry: z.infer<typeof valueEntry>) => (typeof entry === 'string' ? entry : entry.value);

/**
 * A parameter whose unit is checked by `unitSchema` and whose values lie within [0, max] (max: by unit
 * unless given), in the manner of OpenFisca/PolicyEngine: values keyed by the date from which they apply.
 * The value in force on a date is the one with the latest valid-from date on or before it.
 */
export function parameterOf(unitSchema: z.ZodMiniType<Unit>, max?: number) {
  return z
    .strictObject({
      // Required by `npm run rules:check`; the browser bundle strips it to stay small (see vite.config.ts).
      description: z.optional(z.string().check(z.minLength(3))),
      unit: unitSchema,
      reference: z.optional(z.string()),
      source: url,
      status: z.optional(verificationStatus),
      note: z.optional(z.string()),
      values: z.record(isoDate, valueEntry).check(
        z.refine((values) => Object.keys(values).length > 0, 'needs at least one dated value'),
        z.refine((values) => {
          const dates = Object.keys(values);
          return dates.every((date, i) => i === 0 || dates[i - 1]! < date);
        }, 'dates must be in ascending order without duplicates'),
      ),
    })
    .check(
      z.superRefine((parameter, ctx) => {
        const limit = max ?? UNIT_MAX[parameter.unit];
        if (limit === undefined) return;
        for (const [date, entry] of Object.entries(parameter.values)) {
          if (Number(valueOf(entry)) > limit) {
            ctx.issues.push({ code: 'custom', message: `${valueOf(entry)} ${parameter.unit} is above ${limit}`, path: ['values', date], input: entry });
          }
        }
      }),
    );
}

/** Any parameter (national files): the unit is one of the known units, values within sense for it. */
export const parameter = parameterOf(unit);

/** An amount of money (per hour is a wage, not an amount a resident gets); `units` narrows which (e.g. 'EUR'). */
export const moneyParameter = (units: readonly (typeof MONEY_UNITS)[number][] = ['EUR', 'EUR/maand', 'EUR/jaar', 'EUR/kwartaal']) =>
  parameterOf(z.enum(units as unknown as [Unit, ...Unit[]], `expected an amount of money, unit ${units.join(' or ')}`));

/** A percentage: at most 100 unless a justified bound is given (e.g. PERCENT_OF_NORM_MAX). */
export const percentParameter = (max = 100) => parameterOf(z.literal('procent', 'expected a percentage, unit procent'), max);

/** A number of months (e.g. the IIT reference period). */
export const monthsParameter = () => parameterOf(z.literal('maanden', 'expected a number of months, unit maanden'));

/** An age in years. */
export const yearsParameter = () => parameterOf(z.literal('jaren', 'expected an age, unit jaren'));

/** Ages from `vanaf` up to (not including) `tot`: an empty or reversed range is a typing error. */
export const ageRange = z
  .strictObject({ vanaf: z.int().check(z.gte(0)), tot: z.int().check(z.lte(121)) })
  .check(z.refine((range) => range.vanaf < range.tot, { message: 'vanaf must be below tot', path: ['vanaf'] }));

/** A whole age in years, 0 to 120. */
export const age = z.int().check(z.gte(0), z.lte(120));

/** A CBS gemeentecode. */
export const cbsCode = z.string().check(z.regex(/^GM\d{4}$/, 'expected a CBS code like GM0344'));
