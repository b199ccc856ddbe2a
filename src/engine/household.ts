import type { HouseholdInput, HouseholdType } from './types.js';
import type { Lookup } from './lookup.js';

/** Facts about the household that several schemes need, derived once. */
export interface HouseholdFacts {
  type: HouseholdType;
  applicantAge: number;
  adultAges: number[];
  childAges: number[];
  oldestChildAge: number | undefined;
  anyAdultAtAowAge: boolean;
  allAdultsAtAowAge: boolean;
  /** Adults younger than the jongerennorm age (18 to 20, art. 20). */
  youngAdults: number;
  /** Kostendelende medebewoners besides the applicant and partner (art. 22a). */
  kostendelers: number;
}

export function householdFacts(input: HouseholdInput, lookup: Lookup): HouseholdFacts {
  const { adults, children, housemates } = input.household;
  const aowMonths = lookup.national('aow-leeftijd').toNumber();
  const adultAges = adults.map((a) => a.age);
  const childAges = children.map((c) => c.age);
  const youngUntil = lookup.national('jongerennorm.leeftijdsgrens').toNumber();
  const kostendelerAge = lookup.national('kostendelersnorm.leeftijdsgrens').toNumber();
  // Ages are whole years, so an AOW age with months (67 + 3 months) counts from the next birthday:
  // we would rather miss a few months of AIO than tell someone they are entitled to bijstand-based schemes.
  const atAow = (age: number) => age * 12 >= aowMonths;
  return {
    type: adults.length === 2 ? 'gehuwden' : children.length > 0 ? 'alleenstaande-ouder' : 'alleenstaande',
    applicantAge: adultAges[0]!,
    adultAges,
    childAges,
    oldestChildAge: childAges.length ? Math.max(...childAges) : undefined,
    anyAdultAtAowAge: adultAges.some(atAow),
    allAdultsAtAowAge: adultAges.every(atAow),
    youngAdults: adultAges.filter((age) => age < youngUntil).length,
    kostendelers: housemates.filter((h) => h.age >= kostendelerAge && !h.student && !h.commercialTenant).length,
  };
}
