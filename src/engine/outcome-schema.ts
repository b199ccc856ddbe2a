/**
 * The CLI outcome (src/engine/types.ts `Outcome`) as a zod/mini schema, so that the published JSON Schema
 * (docs/schema/outcome.schema.json, `npm run docs`) is generated from code and a test can check real CLI
 * output against it. test/cli/outcome-schema.test.ts checks at compile time that every `Outcome` fits it.
 *
 * Fields agreed in the design but added by other work (`covered`, `helpRoutes`, the kwijtschelding and
 * toeslagen schemes) are optional here, so the schema accepts the outcome before and after they land.
 * The published JSON Schema allows additional properties (src/docs/json-schemas.ts), so a consumer that
 * validates with it keeps working when the outcome is extended compatibly; the test checks instead that
 * every field in real output is described here.
 */
import * as z from 'zod/mini';
import { REASON_CODES } from './types.js';

/** Money: a decimal string in euros, e.g. "1401.50"; negative only where a difference is meant. */
const money = z.string().check(z.regex(/^-?\d+(\.\d+)?$/));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const status = z.enum(['yes', 'maybe', 'no']);

const scheme = z.object({
  id: z.string(),
  name: z.string(),
  status,
  amount: z.optional(z.object({ value: money, per: z.enum(['year', 'month', 'once']) })),
  ownContributionMonthly: z.optional(money),
  reasons: z.array(z.enum(REASON_CODES)),
  incomeLimit: z.optional(z.object({ monthly: money, percent: money })),
  portal: z.object({ url: z.string(), digid: z.enum(['verplicht', 'mogelijk', 'niet']) }),
  contact: z.object({
    phone: z.optional(z.string()),
    address: z.optional(z.string()),
    openingHours: z.optional(z.string()),
    url: z.optional(z.string()),
  }),
  documents: z.array(z.string()),
  sources: z.array(z.string()),
  parameterDate: isoDate,
  unverified: z.array(z.string()),
});

const helpRoute = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  phone: z.optional(z.string()),
});

const werkenLoont = z.object({
  grossHourlyWage: money,
  currentHours: z.number(),
  regime: z.enum(['art31', 'bijverdienregeling']),
  vrijlating: z.object({
    kind: z.enum(['art31-n', 'art31-r', 'bijverdienregeling', 'none']),
    monthsWorking: z.number(),
    percentage: money,
    maximumMonthly: z.optional(money),
    monthsLeft: z.number(),
  }),
  points: z.array(
    z.object({
      hoursPerWeek: z.number(),
      grossMonthlyWage: money,
      netHouseholdMonthly: money,
      // netWage, bijstand, zorgtoeslag, huurtoeslag, kindgebondenBudget, kinderbijslag, iit, stadspas and
      // one key per other local scheme id.
      parts: z.record(z.string(), money),
    }),
  ),
  armoedeval: z.array(z.object({ fromHours: z.number(), toHours: z.number() })),
  drempelHours: z.nullable(z.number()),
  stops: z.array(z.object({ part: z.string(), fromHours: z.number() })),
  assumptions: z.array(
    z.enum([
      'only-applicant-works',
      'vakantiegeld-spread-monthly',
      'same-hours-all-year',
      'no-bijstand-assets-above-limit',
      'no-housing-given',
      'housemates-income-not-counted',
      'local-schemes-status-yes-only',
    ]),
  ),
  parameterDate: isoDate,
  unverified: z.array(z.string()),
  sources: z.array(z.string()),
});

export const outcomeSchema = z.object({
  date: isoDate,
  municipality: z.string(),
  municipalityName: z.string(),
  organisation: z.string(),
  /** true for the gemeenten this project has rules for (design addition; optional until it lands). */
  covered: z.optional(z.boolean()),
  householdType: z.enum(['alleenstaande', 'alleenstaande-ouder', 'gehuwden']),
  norm: z.object({
    bijstandsnorm: money,
    bijstandsnormExclVakantietoeslag: money,
    normBasis: z.enum(['inclusief-vakantietoeslag', 'exclusief-vakantietoeslag']),
    incomeLimitPercent: z.optional(money),
    kostendelers: z.number(),
    validFrom: isoDate,
  }),
  schemes: z.array(scheme),
  notices: z.array(z.enum(['norms-may-be-outdated', 'aow-age-svb'])),
  /** Help that does not depend on a status: schuldhulp of the gemeente, geldfit, juridisch loket. */
  helpRoutes: z.optional(z.array(helpRoute)),
  werkenLoont: z.optional(werkenLoont),
});

export type OutcomeShape = z.infer<typeof outcomeSchema>;
