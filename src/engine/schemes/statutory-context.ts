import { own } from '../../rules/own.js';
import type { CbsGemeente } from '../../rules/schema.js';
import type { HouseholdFacts } from '../household.js';
import { Lookup } from '../lookup.js';
import type { Decimal } from '../money.js';
import type { AppliedNorm } from '../norms.js';
import type { HouseholdInput, SchemeOutcome } from '../types.js';

/**
 * A gemeente the check has no rules for (issue 21): only what the law says everywhere is known, so the
 * schemes get the household, the norm and the gemeente's name and website, never an organisation file.
 */
export interface StatutoryContext {
  input: HouseholdInput;
  facts: HouseholdFacts;
  norm: AppliedNorm;
  income: Decimal;
  assets: Decimal;
  normLookup: Lookup;
  gemeente: CbsGemeente;
  /** The gemeente's homepage; the national list of gemeenten only when a page's own rules lack it. */
  website: string;
}

/** A national parameter, or undefined when a page's own rules leave it out (then the answer stays `maybe`). */
export function optionalNational(lookup: Lookup, id: string): Decimal | undefined {
  return own(lookup.rules.national, id) ? lookup.national(id) : undefined;
}

/** Name, portal and contact: the gemeente's own site, the law as the source, the figures' dates. */
export function statutoryFrame(
  ctx: StatutoryContext,
  lookup: Lookup,
  scheme: { id: string; name: string; law: string; documents: string[] },
): Pick<SchemeOutcome, 'id' | 'name' | 'portal' | 'contact' | 'documents' | 'sources' | 'parameterDate' | 'unverified'> {
  return {
    id: scheme.id,
    name: scheme.name,
    // The check does not know whether the gemeente's form needs DigiD; most offer paper or a visit as well.
    portal: { url: ctx.website, digid: 'mogelijk' },
    contact: { url: ctx.website },
    documents: [...scheme.documents],
    sources: [...new Set([scheme.law, ...[...lookup.sources, ...ctx.normLookup.sources].sort()])],
    parameterDate: ctx.norm.validFrom,
    unverified: [...new Set([...lookup.unverified, ...ctx.normLookup.unverified])].sort(),
  };
}

export const statutoryLookup = (ctx: StatutoryContext) => new Lookup(ctx.normLookup.rules, ctx.normLookup.date);
