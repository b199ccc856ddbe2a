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

/**
 * Characters no text in the rules may hold: C0 and C1 controls (a line break or escape code in a name), the
 * Arabic letter mark, zero-width characters and bidi marks, embeddings, overrides and isolates (U+202E showed
 * "0886006300" as "00 36 006 880", and a scheme's name backwards), line and paragraph separators, and the
 * byte order mark. The texts are Dutch; none of them needs these.
 */
export const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
export const UNSAFE_MESSAGE = 'contains a control or bidi character (U+0000–001F, U+007F–009F, U+061C, U+200B–200F, U+2028–202E, U+2060–2069, U+FEFF)';
const SAFE_TEXT = new RegExp(`^[^${UNSAFE_CHARACTERS.source.slice(1, -1)}]*$`);

/** Any text in the rules (a name, an address, a note): no control or bidi characters. */
export const text = () => z.string().check(z.regex(SAFE_TEXT, UNSAFE_MESSAGE));

/** \S and no control or bidi character: an address that shows what it opens. */
export const url = z.string().check(z.regex(/^https:\/\/\S+$/, 'expected an https:// URL'), z.regex(SAFE_TEXT, UNSAFE_MESSAGE));

/** Whether a figure was read in an official text, or is the best we have and must be checked. */
export const verificationStatus = z.enum(['verified', 'unverified']);

export const MONEY_UNITS = ['EUR', 'EUR/maand', 'EUR/jaar', 'EUR/kwartaal', 'EUR/uur'] as const;
export const unit = z.enum([...MONEY_UNITS, 'procent', 'procent-van-norm', 'maanden', 'jaren', 'jaartal', 'factor']);
export type Unit = z.infer<typeof unit>;

/**
 * The values that make sense per unit: the highest, and how many decimals. Chosen from the real figures of
 * 2026 with room for growth, so that a typing error (an extra zero, 10^30, 0.0000001) is refused:
 *
 * | unit | highest | largest real figure (2026) | decimals |
 * | --- | --- | --- | --- |
 * | EUR (a sum: a vermogensgrens) | 1,000,000 | 184,633 (kgb and zorgtoeslag vermogensgrens, partners) | 2 (whole cents) |
 * | EUR/jaar | 250,000 | 132,920 (where the arbeidskorting ends) | 2 |
 * | EUR/maand | 10,000 | 2,294.40 (minimumloon) | 2 |
 * | EUR/kwartaal | 30,000 | 426.29 (kinderbijslag, 12 years and older) | 2 |
 * | EUR/uur | 100 | 14.99 (minimumuurloon) | 2 |
 * | procent | 100 (300 for a limit as % of the norm) | 150 (% of the norm) | 4 (the tax rules use 3: 8.324) |
 * | maanden | 1,500 (125 years; the AOW age is 807) | 807 | 0 |
 * | jaren | 121 (as the age ranges) | 27 | 0 |
 * | jaartal | 2200 | 2025 (IACK birth year) | 0 |
 * | factor | 100 | none yet | 4 |
 *
 * Amounts are whole cents: EUR 0.0000001 would show as "EUR 0,00" on a "yes" card.
 */
export const UNIT_RANGE: Record<Unit, { max: number; decimals: number }> = {
  EUR: { max: 1_000_000, decimals: 2 },
  'EUR/jaar': { max: 250_000, decimals: 2 },
  'EUR/maand': { max: 10_000, decimals: 2 },
  'EUR/kwartaal': { max: 30_000, decimals: 2 },
  'EUR/uur': { max: 100, decimals: 2 },
  procent: { max: 100, decimals: 4 },
  maanden: { max: 1500, decimals: 0 },
  jaren: { max: 121, decimals: 0 },
  jaartal: { max: 2200, decimals: 0 },
  factor: { max: 100, decimals: 4 },
  /** A national figure that is itself a limit as a percentage of the bijstandsnorm (the highest known IIT limit). */
  'procent-van-norm': { max: 300, decimals: 4 },
};

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
    note: z.optional(text()),
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
      description: z.optional(text().check(z.minLength(3))),
      unit: unitSchema,
      reference: z.optional(text()),
      source: url,
      status: z.optional(verificationStatus),
      note: z.optional(text()),
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
        const range = UNIT_RANGE[parameter.unit];
        const limit = max ?? range.max;
        for (const [date, entry] of Object.entries(parameter.values)) {
          const value = valueOf(entry);
          const decimals = value.split('.')[1]?.length ?? 0;
          const fault = (message: string) => ctx.issues.push({ code: 'custom', message, path: ['values', date], input: entry });
          if (Number(value) > limit) fault(`${value} ${parameter.unit} is above ${limit}`);
          else if (decimals > range.decimals) {
            fault(
              range.decimals === 0
                ? `${value} ${parameter.unit} must be a whole number`
                : range.decimals === 2 && parameter.unit.startsWith('EUR')
                  ? `${value} ${parameter.unit} must be in whole cents (at most 2 decimals)`
                  : `${value} ${parameter.unit} has more than ${range.decimals} decimals`,
            );
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
