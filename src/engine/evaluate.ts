import type { Rules } from '../rules/schema.js';
import { lastAnswerableDate } from '../rules/calendar.js';
import { own } from '../rules/own.js';
import { ParameterDateError } from '../rules/parameter.js';
import { UNKNOWN_MUNICIPALITY, findCbs, findGemeente, someGemeente } from './gemeente.js';
import { helpRoutes } from './help-routes.js';
import { householdFacts } from './household.js';
import { InputError, parseHouseholdInput } from './input.js';
import { Lookup } from './lookup.js';
import { Decimal, money } from './money.js';
import { applicableNorm } from './norms.js';
import type { SchemeContext } from './schemes/context.js';
import { evaluateRegeling } from './schemes/evaluate-regeling.js';
import { toeslagenEstimates } from './schemes/toeslagen.js';
import type { Regeling } from '../rules/schema.js';
import type { EvaluateOptions } from './evaluate-options.js';
import { evaluateUncovered } from './evaluate-uncovered.js';
import { noticesFor } from './notices.js';
import type { HouseholdInput, NotComputed, Outcome, SchemeOutcome } from './types.js';

export type { EvaluateOptions };

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
  // A resident who cannot or will not say where they live: the answers the law gives everywhere (issue 21).
  if (input.municipality === UNKNOWN_MUNICIPALITY) return evaluateUncovered(input, rules, someGemeente(rules), options);
  const located = findGemeente(rules, input.municipality);
  // A real gemeente we do not cover (the CBS list) gets the national part; anything else is not a gemeente.
  const uncovered = located ? undefined : findCbs(rules.cbsGemeenten ?? [], input.municipality);
  if (uncovered && uncovered.length > 1) throw new InputError('municipality', 'ambiguous-municipality');
  if (!located && uncovered?.length !== 1) throw new InputError('municipality', 'unknown-municipality');
  try {
    if (!located) return evaluateUncovered(input, rules, uncovered![0]!, options);
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
  const local = gemeente.regelingen.map((key) => localOutcome(ctx, own(organisation.regelingen, key)!));
  const toeslagen = toeslagenEstimates(ctx, rules);
  const schemes = [...local.flatMap((l) => ('status' in l ? [l] : [])), ...toeslagen.schemes];
  const notices = noticesFor(norm.validFrom, input.date, facts.anyAdultAtAowAge);
  const stadspas = schemes.find((s) => s.id === 'stadspas') ?? schemes[0];
  const werkenLoont = input.work && options.werkenLoont ? options.werkenLoont(ctx) : undefined;
  const missing: NotComputed[] = [...local.flatMap((l) => ('status' in l ? [] : [l])), ...toeslagen.notComputed];
  if (input.work && options.werkenLoont && !werkenLoont && !facts.anyAdultAtAowAge) {
    missing.push({ id: 'werken-loont', name: 'Werken loont', url: rules.landelijk.toeslagen.proefberekening, reason: 'figures-missing-on-date' });
  }
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
    notComputed: [...(gemeente.nietBerekend ?? []).map(({ name, url }) => ({ name, url })), ...missing],
    notices,
    ...(werkenLoont && { werkenLoont }),
  };
}

/**
 * A local regeling, or its name in `notComputed` when one of its figures has no value on the date (a figure
 * that starts later than the norms): the rest of the outcome is still right, so it is not an error.
 */
function localOutcome(ctx: SchemeContext, regeling: Regeling): SchemeOutcome | NotComputed {
  try {
    return evaluateRegeling(ctx, regeling);
  } catch (error) {
    if (!(error instanceof ParameterDateError)) throw error;
    return { id: regeling.id, name: regeling.name, url: regeling.portal.url, reason: 'figures-missing-on-date' };
  }
}
