/**
 * National parameters the engine reads on every evaluation. `npm run rules:check` fails when one is
 * missing or has no value on the first date the rules support (the first date of the gehuwdennorm).
 * Parameters that only apply from a later date (e.g. the 2027 bijverdienregeling) are read behind a
 * date check and are not listed here.
 */
export const REQUIRED_NATIONAL = [
  'bijstandsnorm.alleenstaande',
  'bijstandsnorm.gehuwden',
  'bijstandsnorm.jongere-alleenstaande',
  'bijstandsnorm.jongere-gehuwden-zonder-kinderen',
  'bijstandsnorm.jongere-gehuwden-met-kinderen',
  'bijstandsnorm.gemengd-gehuwden-zonder-kinderen',
  'bijstandsnorm.gemengd-gehuwden-met-kinderen',
  'bijstandsnorm.aow-alleenstaande',
  'bijstandsnorm.aow-gehuwden',
  'vakantietoeslag.percentage',
  'jongerennorm.leeftijdsgrens',
  'aow-leeftijd',
  'kostendelersnorm.basis',
  'kostendelersnorm.per-kostendeler',
  'kostendelersnorm.leeftijdsgrens',
  'vermogensgrens.alleenstaande',
  'vermogensgrens.alleenstaande-ouder',
  'vermogensgrens.gehuwden',
  'iit.minimumleeftijd',
] as const;

/** The parameter whose first date is the first date the rules as a whole can answer for. */
export const COVERAGE_PARAMETER = 'bijstandsnorm.gehuwden';
