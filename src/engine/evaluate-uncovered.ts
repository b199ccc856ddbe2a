import type { CbsGemeente, OrganisationFile, Rules } from '../rules/schema.js';
import type { EvaluateOptions } from './evaluate-options.js';
import { noticesFor } from './notices.js';
import { helpRoutes } from './help-routes.js';
import { householdFacts } from './household.js';
import { Lookup } from './lookup.js';
import { Decimal, money } from './money.js';
import { applicableNorm } from './norms.js';
import type { SchemeContext } from './schemes/context.js';
import { statutoryBijzondereBijstand, statutoryIit } from './schemes/statutory.js';
import { statutoryKwijtschelding } from './schemes/statutory-kwijtschelding.js';
import type { StatutoryContext } from './schemes/statutory-context.js';
import { toeslagenEstimates } from './schemes/toeslagen.js';
import type { HouseholdInput, Outcome } from './types.js';

/**
 * A gemeente of the CBS list that the check does not cover (issue 21): what the law says everywhere (IIT,
 * bijzondere bijstand, kwijtschelding from the national bounds), the national toeslagen estimates, werken
 * loont without local schemes, and the gemeente's own site as the door for what only it knows.
 */
export function evaluateUncovered(input: HouseholdInput, rules: Rules, cbs: CbsGemeente, options: EvaluateOptions): Outcome {
  const normLookup = new Lookup(rules, input.date);
  const facts = householdFacts(input, normLookup);
  const norm = applicableNorm(facts, normLookup);
  const income = new Decimal(input.income.netMonthly);
  const assets = new Decimal(input.assets);
  const website = cbs.website ?? rules.landelijk.gemeentenOverzicht;
  const ctx: StatutoryContext = { input, facts, norm, income, assets, normLookup, gemeente: cbs, website };
  const werkenLoont = input.work && options.werkenLoont ? options.werkenLoont(withoutLocalSchemes(ctx)) : undefined;
  const toeslagen = toeslagenEstimates(ctx, rules);
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
    schemes: [statutoryIit(ctx), statutoryBijzondereBijstand(ctx), statutoryKwijtschelding(ctx), ...toeslagen.schemes],
    helpRoutes: helpRoutes(rules, { uncoveredName: cbs.name, website }),
    notComputed: [
      { code: 'stadspas', name: 'Stadspas of meedoenregeling', url: website },
      { code: 'local-schemes', name: 'Andere regelingen van de gemeente', url: website },
      { code: 'iit-amount', name: 'Bedrag van de individuele inkomenstoeslag', url: website },
      ...toeslagen.notComputed,
    ],
    notices: noticesFor(norm.validFrom, input.date, facts.anyAdultAtAowAge),
    ...(werkenLoont && { werkenLoont }),
  };
}

/**
 * Werken loont reads the gemeente's regelingen for its local parts; an uncovered gemeente has none the check
 * knows, so it runs with an empty organisation and says so (assumption `local-schemes-not-known`).
 */
function withoutLocalSchemes(ctx: StatutoryContext): SchemeContext {
  const organisation: OrganisationFile = {
    id: 'onbekend',
    name: ctx.gemeente.name,
    website: ctx.website,
    normBasis: 'exclusief-vakantietoeslag',
    contact: {},
    gemeenten: [{ code: ctx.gemeente.code, name: ctx.gemeente.name, regelingen: [] }],
    regelingen: {},
  };
  return { ...ctx, organisation, gemeente: organisation.gemeenten[0]! };
}
