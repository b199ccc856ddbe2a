import type { Rules } from '../rules/schema.js';
import { lastAnswerableDate } from '../rules/calendar.js';
import { own } from '../rules/own.js';
import { ParameterDateError } from '../rules/parameter.js';
import { findCbs, findGemeente } from './gemeente.js';
import { helpRoutes } from './help-routes.js';
import { householdFacts } from './household.js';
import { InputError, parseHouseholdInput } from './input.js';
import { Lookup } from './lookup.js';
import { Decimal, money } from './money.js';
import { applicableNorm } from './norms.js';
import type { SchemeContext } from './schemes/context.js';
import { evaluateRegeling } from './schemes/evaluate-regeling.js';
import { toeslagenEstimates } from './schemes/toeslagen.js';
import type { CbsGemeente } from '../rules/schema.js';
import type { HouseholdInput, NoticeCode, Outcome } from './types.js';
import type { WerkenLoontOutcome } from './werken-loont/types.js';

/**
 * Optional parts of the evaluation, passed in so that a caller that does not need them does not load them:
 * the browser loads the werken-loont calculation and its tax and toeslagen rules only when asked for.
 */
export interface EvaluateOptions {
  werkenLoont?: (ctx: SchemeContext) => WerkenLoontOutcome | undefined;
}

/** Norms change on 1 January and 1 July: a norm older than this many days means we lack the newest figures. */
const STALE_NORM_DAYS = 184;

/**
 * Household + date → outcomes with reason codes. Pure: the date is part of the input and the rules are
 * passed in, so the same call gives the same answer in the browser, the CLI and the tests.
 * Throws InputError (naming the field) for input that is not a possible household.
 */
export function evaluate(raw: unknown, rules: Rules, options: EvaluateOptions = {}): Outcome {
  const input = parseHouseholdInput(raw);
  // Far in the future the figures have surely changed: refuse rather than answer with today's.
  const until = lastAnswerableDate(rules);
  if (until && input.date > until) throw new InputError('date', 'date-after-rules');
  const located = findGemeente(rules, input.municipality);
  // A real gemeente we do not cover (the CBS list) gets the national part; anything else is not a gemeente.
  const uncovered = located ? undefined : findCbs(rules.cbsGemeenten ?? [], input.municipality);
  if (uncovered && uncovered.length > 1) throw new InputError('municipality', 'ambiguous-municipality');
  if (!located && uncovered?.length !== 1) throw new InputError('municipality', 'unknown-municipality');
  try {
    if (!located) return evaluateUncovered(input, rules, uncovered![0]!);
    return evaluateValid(input, rules, located.organisation, located.gemeente, options);
  } catch (error) {
    if (error instanceof ParameterDateError) throw new InputError('date', 'date-before-rules');
    throw error;
  }
}

function evaluateValid(
  input: HouseholdInput,
  rules: Rules,
  organisation: SchemeContext['organisation'],
  gemeente: SchemeContext['gemeente'],
  options: EvaluateOptions,
): Outcome {
  const normLookup = new Lookup(rules, input.date);
  const facts = householdFacts(input, normLookup);
  const norm = applicableNorm(facts, normLookup);
  const ctx: SchemeContext = {
    input,
    facts,
    norm,
    organisation,
    gemeente,
    income: new Decimal(input.income.netMonthly),
    assets: new Decimal(input.assets),
    normLookup,
  };
  const local = gemeente.regelingen.map((key) => evaluateRegeling(ctx, own(organisation.regelingen, key)!));
  const schemes = [...local, ...toeslagenEstimates(ctx, rules)];
  const notices = noticesFor(norm.validFrom, input.date, facts.anyAdultAtAowAge);
  const stadspas = schemes.find((s) => s.id === 'stadspas') ?? schemes[0];
  const werkenLoont = input.work && options.werkenLoont ? options.werkenLoont(ctx) : undefined;
  return {
    date: input.date,
    municipality: gemeente.code,
    municipalityName: gemeente.name,
    covered: true,
    organisation: organisation.id,
    householdType: facts.type,
    norm: {
      bijstandsnorm: money(norm.inclVakantietoeslag),
      bijstandsnormExclVakantietoeslag: money(norm.exclVakantietoeslag),
      normBasis: organisation.normBasis,
      ...(stadspas?.incomeLimit && { incomeLimitPercent: stadspas.incomeLimit.percent }),
      kostendelers: facts.kostendelers,
      validFrom: norm.validFrom,
    },
    schemes,
    helpRoutes: helpRoutes(rules, { organisation, gemeente }),
    notComputed: (gemeente.nietBerekend ?? []).map(({ name, url }) => ({ name, url })),
    notices,
    ...(werkenLoont && { werkenLoont }),
  };
}

/**
 * A gemeente of the CBS list that the check does not cover: no local schemes (we do not know them), the
 * national toeslagen estimates, and help routes that start with the gemeente's own site.
 */
function evaluateUncovered(input: HouseholdInput, rules: Rules, cbs: CbsGemeente): Outcome {
  const normLookup = new Lookup(rules, input.date);
  const facts = householdFacts(input, normLookup);
  const norm = applicableNorm(facts, normLookup);
  const ctx = { input, facts, income: new Decimal(input.income.netMonthly), assets: new Decimal(input.assets), normLookup };
  return {
    date: input.date,
    municipality: cbs.code,
    municipalityName: cbs.name,
    covered: false,
    householdType: facts.type,
    norm: {
      bijstandsnorm: money(norm.inclVakantietoeslag),
      bijstandsnormExclVakantietoeslag: money(norm.exclVakantietoeslag),
      kostendelers: facts.kostendelers,
      validFrom: norm.validFrom,
    },
    schemes: toeslagenEstimates(ctx, rules),
    // A page's own rules may give a CBS list without websites: then the national list is the only door left.
    helpRoutes: helpRoutes(rules, { uncoveredName: cbs.name, website: cbs.website ?? rules.landelijk.gemeentenOverzicht }),
    notComputed: [],
    notices: noticesFor(norm.validFrom, input.date, facts.anyAdultAtAowAge),
  };
}

function noticesFor(normValidFrom: string, date: string, aow: boolean): NoticeCode[] {
  const notices: NoticeCode[] = [];
  if (daysBetween(normValidFrom, date) > STALE_NORM_DAYS) notices.push('norms-may-be-outdated');
  if (aow) notices.push('aow-age-svb');
  return notices;
}


function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}
