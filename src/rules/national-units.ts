/**
 * The unit the engine reads each national parameter in. A national file is a list of parameters of any
 * unit, so the schema alone cannot tell that `vakantietoeslag.percentage` in EUR/maand is wrong: this
 * table can. rules:check refuses a parameter listed here with another unit.
 */
const MONTHLY = ['EUR/maand'];
const PERCENT = ['procent'];
const YEARS = ['jaren'];

export const NATIONAL_UNITS: Readonly<Record<string, readonly string[]>> = {
  'bijstandsnorm.alleenstaande': MONTHLY,
  'bijstandsnorm.gehuwden': MONTHLY,
  'bijstandsnorm.jongere-alleenstaande': MONTHLY,
  'bijstandsnorm.jongere-gehuwden-zonder-kinderen': MONTHLY,
  'bijstandsnorm.jongere-gehuwden-met-kinderen': MONTHLY,
  'bijstandsnorm.gemengd-gehuwden-zonder-kinderen': MONTHLY,
  'bijstandsnorm.gemengd-gehuwden-met-kinderen': MONTHLY,
  'bijstandsnorm.aow-alleenstaande': MONTHLY,
  'bijstandsnorm.aow-gehuwden': MONTHLY,
  'vakantietoeslag.percentage': PERCENT,
  'jongerennorm.leeftijdsgrens': YEARS,
  'aow-leeftijd': ['maanden'],
  'kostendelersnorm.basis': PERCENT,
  'kostendelersnorm.per-kostendeler': PERCENT,
  'kostendelersnorm.leeftijdsgrens': YEARS,
  'vermogensgrens.alleenstaande': ['EUR'],
  'vermogensgrens.alleenstaande-ouder': ['EUR'],
  'vermogensgrens.gehuwden': ['EUR'],
  'iit.minimumleeftijd': YEARS,
  'vrijlating.arbeid.percentage': PERCENT,
  'vrijlating.alleenstaande-ouder.percentage': PERCENT,
  'bijverdienregeling.percentage': PERCENT,
  'ib.schijf1.tarief': PERCENT,
  'ib.schijf2.tarief': PERCENT,
  'ib.schijf3.tarief': PERCENT,
  'minimumloon.uurloon': ['EUR/uur'],
};
