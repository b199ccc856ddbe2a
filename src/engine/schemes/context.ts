import type { Gemeente, OrganisationFile, Parameter, Regeling, Vermogensgrens } from '../../rules/schema.js';
import { openingTimes } from '../opening-times.js';
import type { HouseholdFacts } from '../household.js';
import { Lookup } from '../lookup.js';
import { type Decimal, cents, percentOf } from '../money.js';
import type { AppliedNorm } from '../norms.js';
import type { HouseholdInput, ReasonCode, SchemeOutcome, Status } from '../types.js';

/** What every scheme is evaluated against: one household, on one date, in one gemeente. */
export interface SchemeContext {
  input: HouseholdInput;
  facts: HouseholdFacts;
  norm: AppliedNorm;
  organisation: OrganisationFile;
  gemeente: Gemeente;
  income: Decimal;
  assets: Decimal;
  /** Figures used for the norm itself, shared by every scheme's explanation. */
  normLookup: Lookup;
}

/** The norm that local percentages are taken of, per the organisation's verordening. */
export function normBase(ctx: SchemeContext): Decimal {
  return ctx.organisation.normBasis === 'inclusief-vakantietoeslag'
    ? ctx.norm.inclVakantietoeslag
    : ctx.norm.exclVakantietoeslag;
}

export function incomeLimit(ctx: SchemeContext, lookup: Lookup, percentage: Parameter) {
  const percent = lookup.read(percentage);
  return { percent, monthly: cents(percentOf(percent, normBase(ctx))) };
}

export function assetLimit(ctx: SchemeContext, lookup: Lookup, grens: Vermogensgrens): Decimal {
  const key = ctx.facts.type === 'gehuwden' ? 'gehuwden' : ctx.facts.type === 'alleenstaande-ouder' ? 'alleenstaandeOuder' : 'alleenstaande';
  if (grens === 'participatiewet') {
    const id = { gehuwden: 'gehuwden', alleenstaandeOuder: 'alleenstaande-ouder', alleenstaande: 'alleenstaande' }[key];
    return lookup.national(`vermogensgrens.${id}`);
  }
  return lookup.read(grens[key]);
}

/** The status follows from the reasons: any blocking reason makes it `no`. */
export function statusFrom(blocking: ReasonCode[], uncertain: boolean): Status {
  if (blocking.length > 0) return 'no';
  return uncertain ? 'maybe' : 'yes';
}

/** The parts of an outcome that come straight from the rules: name, portal, contact, documents, sources. */
export function outcomeFrame(
  ctx: SchemeContext,
  regeling: Regeling,
  lookup: Lookup,
  parameterDate: string,
): Pick<SchemeOutcome, 'id' | 'name' | 'portal' | 'contact' | 'documents' | 'sources' | 'parameterDate' | 'unverified'> {
  const contact = regeling.portal.contact ?? ctx.gemeente.contact ?? ctx.organisation.contact;
  return {
    id: regeling.id,
    name: regeling.name,
    portal: { url: regeling.portal.url, digid: regeling.portal.digid },
    contact: {
      ...(contact.phone && { phone: contact.phone }),
      ...(contact.address && { address: contact.address }),
      ...(contact.openingHours && { openingHours: contact.openingHours }),
      ...openingTimes(contact),
      ...(contact.url && { url: contact.url }),
    },
    documents: [...regeling.documents],
    // Sorted, so the order of children or housemates in the input never changes the outcome.
    sources: [...new Set([...regeling.sources, ...[...lookup.sources, ...ctx.normLookup.sources].sort()])],
    parameterDate,
    unverified: [...new Set([...lookup.unverified, ...ctx.normLookup.unverified])].sort(),
  };
}

export function schemeLookup(ctx: SchemeContext): Lookup {
  return new Lookup(ctx.normLookup.rules, ctx.normLookup.date);
}
