/**
 * The CLI outcome (src/engine/types.ts `Outcome`) as a zod/mini schema, so that the published JSON Schema
 * (docs/schema/outcome.schema.json, `npm run docs`) is generated from code and a test can check real CLI
 * output against it. test/cli/outcome-schema.test.ts checks at compile time that every `Outcome` fits it.
 *
 * Fields agreed in the design but added by other work are optional here, so the schema accepts the outcome
 * before and after they land: issue 10 (`covered`, `helpRoutes`, `notComputed`, `calculatorUrl`, and
 * `organisation` / `norm.normBasis` absent for a gemeente that is not covered) and issue 11 (werken loont
 * with a partner's wage: `partnerGrossMonthly`, `current`, `refused`, `date`, `bufferbudgetMaximum`).
 * The published JSON Schema allows additional properties (src/docs/json-schemas.ts), so a consumer that
 * validates with it keeps working when the outcome is extended compatibly; the test checks instead that
 * every field in real output is described here.
 */
import * as z from 'zod/mini';
import { NOT_COMPUTED_REASONS, REASON_CODES } from './types.js';

/** Money: a decimal string in euros, e.g. "1401.50"; negative only where a difference is meant. */
const money = z.string().check(z.regex(/^-?\d+(\.\d+)?$/));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const status = z.enum(['yes', 'maybe', 'no']);

const scheme = z.object({
  id: z.string(),
  name: z.string(),
  status,
  amount: z.optional(
    z.object({
      value: money,
      per: z.enum(['year', 'month', 'once']),
      validFrom: z.optional(isoDate),
      fromEarlierYear: z.optional(z.literal(true)),
      unverified: z.optional(z.literal(true)),
    }),
  ),
  ownContributionMonthly: z.optional(money),
  reasons: z.array(z.enum(REASON_CODES)),
  incomeLimit: z.optional(z.object({ monthly: money, percent: money })),
  portal: z.object({ url: z.string(), digid: z.enum(['verplicht', 'mogelijk', 'niet']) }),
  contact: z.object({
    phone: z.optional(z.string()),
    address: z.optional(z.string()),
    openingHours: z.optional(z.string()),
    openingTimes: z.optional(
      z.array(z.object({ channel: z.optional(z.enum(['phone', 'desk'])), days: z.array(z.number()), from: z.string(), to: z.string() })),
    ),
    url: z.optional(z.string()),
  }),
  documents: z.array(z.string()),
  sources: z.array(z.string()),
  parameterDate: isoDate,
  unverified: z.array(z.string()),
  /** Toeslagen estimates: the Belastingdienst's own proefberekening (issue 10). */
  calculatorUrl: z.optional(z.string()),
  /** With `maybe` or `no`: the income's distance from the monthly limit that decided (issue 20). */
  distance: z.optional(z.object({ amount: money, per: z.literal('month'), direction: z.enum(['above', 'below']), limit: money })),
  // Issue 21: kwijtschelding of a gemeente the check does not cover.
  handler: z.optional(z.literal('gemeente-of-belastingsamenwerking')),
});

const helpRoute = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  phone: z.optional(z.string()),
  /** false when the route's details were not checked against an official page (issue 10). */
  checked: z.optional(z.boolean()),
});

const point = z.object({
  hoursPerWeek: z.number(),
  grossMonthlyWage: money,
  netHouseholdMonthly: money,
  // netWage, bijstand, zorgtoeslag, huurtoeslag, kindgebondenBudget, kinderbijslag, iit, stadspas, and with
  // issue 11 partnerNetWage and otherIncome, plus one key per other local scheme id.
  parts: z.record(z.string(), money),
});

const werkenLoont = z.object({
  /** Set when the household is not modelled (issue 11, e.g. `partner-18-20-with-kostendelers`); `points` is then empty. */
  refused: z.optional(z.string()),
  grossHourlyWage: money,
  /** The partner's gross monthly wage used (issue 11). */
  partnerGrossMonthly: z.optional(money),
  /** The household now, from the income the resident gave (issue 11). */
  current: z.optional(
    z.object({
      hoursPerWeek: z.number(),
      source: z.enum(['none', 'bijstand', 'work', 'benefit', 'pension', 'study']),
      givenNetMonthly: money,
      onBijstand: z.boolean(),
      point,
    }),
  ),
  date: z.optional(isoDate),
  /** Participatiewet art. 34b, from 2027 (issue 11). */
  bufferbudgetMaximum: z.optional(money),
  currentHours: z.number(),
  regime: z.enum(['art31', 'bijverdienregeling']),
  vrijlating: z.object({
    kind: z.enum(['art31-n', 'art31-r', 'bijverdienregeling', 'none']),
    monthsWorking: z.number(),
    percentage: money,
    maximumMonthly: z.optional(money),
    monthsLeft: z.number(),
  }),
  points: z.array(point),
  armoedeval: z.array(z.object({ fromHours: z.number(), toHours: z.number() })),
  drempelHours: z.nullable(z.number()),
  stops: z.array(z.object({ part: z.string(), fromHours: z.number() })),
  // Codes the UI turns into sentences: only-applicant-works, vakantiegeld-spread-monthly, same-hours-all-year,
  // no-bijstand-assets-above-limit, no-housing-given, housemates-income-not-counted,
  // local-schemes-status-yes-only (and from issue 11 partner-wage-fixed, no-vrijlating-not-on-bijstand).
  assumptions: z.array(z.string().check(z.regex(/^[a-z0-9-]+$/))),
  parameterDate: isoDate,
  unverified: z.array(z.string()),
  sources: z.array(z.string()),
});

export const outcomeSchema = z.object({
  date: isoDate,
  municipality: z.string(),
  municipalityName: z.string(),
  /** The organisation whose rules apply; absent for a gemeente that is not covered (issue 10). */
  organisation: z.optional(z.string()),
  /** true for the gemeenten this project has rules for (design addition; optional until it lands). */
  covered: z.optional(z.boolean()),
  householdType: z.enum(['alleenstaande', 'alleenstaande-ouder', 'gehuwden']),
  norm: z.object({
    bijstandsnorm: money,
    bijstandsnormExclVakantietoeslag: money,
    normBasis: z.optional(z.enum(['inclusief-vakantietoeslag', 'exclusief-vakantietoeslag'])),
    incomeLimitPercent: z.optional(money),
    kostendelers: z.number(),
    validFrom: isoDate,
  }),
  schemes: z.array(scheme),
  notices: z.array(z.enum(['norms-may-be-outdated', 'aow-age-svb'])),
  /** Help that does not depend on a status: schuldhulp of the gemeente, geldfit, juridisch loket. */
  helpRoutes: z.optional(z.array(helpRoute)),
  /** Regelingen of the gemeente that exist but that the check does not compute, with their links (issue 10). */
  notComputed: z.optional(
    z.array(
      z.object({
        name: z.string(),
        url: z.string(),
        /** The scheme's id, where the check computes it on other dates (issue 20). */
        id: z.optional(z.string()),
        /** Why it was not computed: `figures-missing-on-date`; absent for a regeling the check never computes (issue 20). */
        reason: z.optional(z.enum(NOT_COMPUTED_REASONS)),
        /** What an uncovered gemeente may have that the check does not know (issue 21). */
        code: z.optional(z.enum(['stadspas', 'local-schemes', 'iit-amount'])),
      }),
    ),
  ),
  werkenLoont: z.optional(werkenLoont),
});

export type OutcomeShape = z.infer<typeof outcomeSchema>;
