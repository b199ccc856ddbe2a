import type { HouseholdFacts } from './household.js';
import type { Lookup } from './lookup.js';
import { Decimal, cents } from './money.js';

export interface AppliedNorm {
  /** Monthly norm including vakantietoeslag, as in the SZW Normenbrief. */
  inclVakantietoeslag: Decimal;
  /** The part paid monthly: the norm less the reserved vakantietoeslag. */
  exclVakantietoeslag: Decimal;
  /** Valid-from date of the norm used. */
  validFrom: string;
}

/**
 * The Participatiewet norm for the household on the lookup date (art. 20, 21, 22, 22a).
 * The kostendelersnorm is computed per person and rounded to cents before it is added up for a couple,
 * as the Normenbrief gives it per person (A = 2 → € 1.001,07).
 */
export function applicableNorm(facts: HouseholdFacts, lookup: Lookup): AppliedNorm {
  const incl = cents(normInclVakantietoeslag(facts, lookup));
  const vt = lookup.national('vakantietoeslag.percentage');
  const parameter = lookup.rules.national['bijstandsnorm.gehuwden']!;
  return {
    inclVakantietoeslag: incl,
    exclVakantietoeslag: cents(incl.times(new Decimal(100).minus(vt)).dividedBy(100)),
    validFrom: lookup.validFrom(parameter),
  };
}

function normInclVakantietoeslag(facts: HouseholdFacts, lookup: Lookup): Decimal {
  const n = (id: string) => lookup.national(`bijstandsnorm.${id}`);
  const couple = facts.type === 'gehuwden';
  const hasChildren = facts.childAges.length > 0;
  // Art. 20: the jongerennorm. With kostendelers art. 22a lid 3 adds the older partner's own
  // kostendelersnorm; we do not model that rare case and use art. 20 (noted in rules/README.md).
  if (couple && facts.youngAdults === 2) {
    return hasChildren ? n('jongere-gehuwden-met-kinderen') : n('jongere-gehuwden-zonder-kinderen');
  }
  if (couple && facts.youngAdults === 1) {
    return hasChildren ? n('gemengd-gehuwden-met-kinderen') : n('gemengd-gehuwden-zonder-kinderen');
  }
  if (!couple && facts.youngAdults === 1) return n('jongere-alleenstaande');

  // Art. 22 sub b/c: a couple gets the AOW norm when at least one partner has reached AOW age.
  const b = facts.anyAdultAtAowAge ? n('aow-gehuwden') : n('gehuwden');
  if (facts.kostendelers === 0) {
    if (couple) return b;
    return facts.anyAdultAtAowAge ? n('aow-alleenstaande') : n('alleenstaande');
  }
  // Art. 22a lid 1: ((40 + A × 30) / (A × 100)) × B, where A counts the kostendelende medebewoners
  // plus the applicant and partner; lid 2: a couple's norm is the sum of both partners' norms.
  const persons = couple ? 2 : 1;
  const a = new Decimal(persons + facts.kostendelers);
  const share = lookup
    .national('kostendelersnorm.basis')
    .plus(a.times(lookup.national('kostendelersnorm.per-kostendeler')))
    .dividedBy(a.times(100));
  return cents(share.times(b)).times(persons);
}
