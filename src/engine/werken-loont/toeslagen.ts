import type { HouseholdFacts } from '../household.js';
import { Decimal, ZERO, dmax, dmin, percentOf } from '../money.js';
import type { HouseholdInput } from '../types.js';
import type { ToeslagParams } from './params.js';

/**
 * Zorgtoeslag, huurtoeslag and kindgebonden budget from the yearly toetsingsinkomen. Each is computed as
 * a yearly amount (as Dienst Toeslagen does), set to zero under the Awir minimum of € 24 a year, and
 * divided by 12. Assets are the household's assets on the date, compared with the limits on 1 January.
 */
function monthly(p: ToeslagParams, yearly: Decimal): Decimal {
  return yearly.lessThan(p.minimumPerJaar) ? ZERO : yearly.dividedBy(12);
}

/** Wet op de zorgtoeslag art. 2: standaardpremie (× 2 with a toeslagpartner) minus the normpremie. */
export function zorgtoeslagMonthly(p: ToeslagParams, toetsingsinkomen: Decimal, partner: boolean, assets: Decimal): Decimal {
  const z = p.zorg;
  if (assets.greaterThan(partner ? z.vermogensgrensPartners : z.vermogensgrensAlleenstaande)) return ZERO;
  if (toetsingsinkomen.greaterThan(partner ? z.inkomensgrensPartners : z.inkomensgrensAlleenstaande)) return ZERO;
  const premie = partner ? z.standaardpremie.times(2) : z.standaardpremie;
  const normpremie = percentOf(partner ? z.normpremiePartners : z.normpremieAlleenstaande, z.drempelinkomen).plus(
    percentOf(z.normpremieBovenDrempel, dmax(ZERO, toetsingsinkomen.minus(z.drempelinkomen))),
  );
  return monthly(p, dmax(ZERO, premie.minus(normpremie)));
}

export interface HuurHousehold {
  rentMonthly: Decimal;
  /** Everyone living in the home: adults, children and housemates (art. 2 and 20 lid 2). */
  persons: number;
  partner: boolean;
  /**
   * Ages of everyone living in the home, children included. Art. 13 lid 1 sub a: the higher maximale
   * huurgrens applies when the huurder, the partner or a medebewoner is 21 or older, or a child lives there.
   * When absent, only `applicantAge` is looked at (the signature before November 2026).
   */
  residentAges?: number[];
  /** Whether a child (under 18) lives in the home; read together with `residentAges`. */
  childInHome?: boolean;
  applicantAge: number;
  assets: Decimal;
}

/** The home as the Wet op de huurtoeslag sees it: everyone who lives there (art. 2, 13 lid 1 sub a, 20 lid 2). */
export function huurHousehold(input: HouseholdInput, facts: HouseholdFacts, rentMonthly: Decimal, assets: Decimal): HuurHousehold {
  return {
    rentMonthly,
    persons: facts.adultAges.length + facts.childAges.length + input.household.housemates.length,
    partner: facts.adultAges.length === 2,
    residentAges: [...facts.adultAges, ...input.household.housemates.map((h) => h.age), ...facts.childAges],
    childInHome: facts.childAges.length > 0,
    applicantAge: facts.applicantAge,
    assets,
  };
}

/** Art. 13 lid 1: € 932,93 when someone is 21 or older or a child lives there, else € 498,20. */
export function maximaleHuurgrens(p: ToeslagParams, h: HuurHousehold): Decimal {
  const q = p.huur;
  const ages = h.residentAges ?? [h.applicantAge];
  const high = h.childInHome === true || ages.some((age) => age >= q.jongerenLeeftijd);
  return high ? q.maximaleHuurgrens : q.maximaleHuurgrensJongeren;
}

/**
 * Huurtoeslag per month, Wet op de huurtoeslag (BWBR0008659) as in force from 1-1-2026:
 *   rekenhuur = the rent (art. 5; servicekosten no longer count)
 *   art. 21 lid 1: 100 % of the rekenhuur between basishuur and kwaliteitskortingsgrens (sub a)
 *                + 65 % between kwaliteitskortingsgrens and aftoppingsgrens (sub b, Bht art. 7)
 *                + 40 % between aftoppingsgrens and maximale huurgrens, for everyone (sub c, Bht art. 7)
 *                + nothing above the maximale huurgrens (sub d; art. 13 lid 1 decides which one)
 *   art. 21 lid 2: that amount less Y × afbouwpercentage / 12, Y = rekeninkomen − minimum-inkomensijkpunt,
 *                  27 % for an eenpersoonshuishouden, 22 % for a meerpersoonshuishouden (art. 2)
 * The income of housemates (medebewoners) is part of the rekeninkomen but is not asked: not counted.
 * Stays exported with this signature for the results page (issue 10).
 */
export function huurtoeslagMonthly(p: ToeslagParams, toetsingsinkomen: Decimal, h: HuurHousehold): Decimal {
  const q = p.huur;
  if (h.assets.greaterThan(h.partner ? q.vermogensgrensPartners : q.vermogensgrensPerPersoon)) return ZERO;
  const single = h.persons <= 1;
  const cap = maximaleHuurgrens(p, h);
  const basishuur = single ? q.basishuurEen : q.basishuurMeer;
  const aftopping = h.persons <= 2 ? q.aftoppingsgrensEenTwee : q.aftoppingsgrensDrieOfMeer;
  const band = (from: Decimal, to: Decimal, percent: Decimal) => {
    const low = dmax(from, basishuur);
    const high = dmin(dmin(to, cap), h.rentMonthly);
    return high.greaterThan(low) ? percentOf(percent, high.minus(low)) : ZERO;
  };
  const gross = band(ZERO, q.kwaliteitskortingsgrens, q.percentageTotKwaliteitskortingsgrens)
    .plus(band(q.kwaliteitskortingsgrens, aftopping, q.percentageTotAftoppingsgrens))
    .plus(band(aftopping, cap, q.percentageBovenAftoppingsgrens));
  const y = dmax(ZERO, toetsingsinkomen.minus(single ? q.ijkpuntEen : q.ijkpuntMeer));
  const reduction = percentOf(single ? q.afbouwEen : q.afbouwMeer, y).dividedBy(12);
  return monthly(p, dmax(ZERO, gross.minus(reduction)).times(12));
}

/** The three toeslagen for a household at one toetsingsinkomen: the cards and werken loont both use this. */
export interface ToeslagAmounts {
  zorgtoeslag: Decimal;
  /** Zero when no rent was given. */
  huurtoeslag: Decimal;
  kindgebondenBudget: Decimal;
}

export function toeslagenAt(
  p: ToeslagParams,
  h: { input: HouseholdInput; facts: HouseholdFacts },
  toetsingsinkomen: Decimal,
  assets: Decimal,
): ToeslagAmounts {
  const { input, facts } = h;
  const partner = facts.adultAges.length === 2;
  const rent = input.housing ? new Decimal(input.housing.rentMonthly) : undefined;
  return {
    zorgtoeslag: zorgtoeslagMonthly(p, toetsingsinkomen, partner, assets),
    huurtoeslag: rent ? huurtoeslagMonthly(p, toetsingsinkomen, huurHousehold(input, facts, rent, assets)) : ZERO,
    kindgebondenBudget: kindgebondenBudgetMonthly(p, toetsingsinkomen, facts.childAges, partner, assets),
  };
}

/**
 * Kindgebonden budget (Wet KGB, BWBR0022751, art. 2 as in force on 1-1-2026): € 2.580 per child (lid 2),
 * € 724 more for a child of 12 to 15 (lid 3-4) or € 964 for 16 and 17 (lid 5), the alleenstaande-ouderkop
 * € 3.416 for a parent without a partner (lid 6), less 7,60 % of the toetsingsinkomen above the drempel
 * (lid 7-8). Stays exported with this signature for the results page (issue 10).
 *
 * The supplements start in the calendar month after the month of the 12th or 16th birthday (lid 3 and 5).
 * The input has ages in whole years only: a child of exactly 12 (or 16) had that birthday in one of the last
 * twelve months, and for 11 of those 12 the supplement applies this month, so it is counted (the usual case;
 * the card says under "Waarom?" that it starts in the month after the birthday).
 */
export function kindgebondenBudgetMonthly(
  p: ToeslagParams,
  toetsingsinkomen: Decimal,
  childAges: number[],
  partner: boolean,
  assets: Decimal,
): Decimal {
  const k = p.kgb;
  if (childAges.length === 0) return ZERO;
  if (assets.greaterThan(partner ? k.vermogensgrensPartners : k.vermogensgrensAlleenstaande)) return ZERO;
  let max = ZERO;
  for (const age of childAges) {
    max = max.plus(k.perKind);
    if (age >= k.leeftijdVerhoging16) max = max.plus(k.verhoging16tot17);
    else if (age >= k.leeftijdVerhoging12) max = max.plus(k.verhoging12tot15);
  }
  if (!partner) max = max.plus(k.alleenstaandeOuderkop);
  const drempel = partner ? k.drempelPartners : k.drempelAlleenstaandeOuder;
  const afbouw = percentOf(k.afbouwPercentage, dmax(ZERO, toetsingsinkomen.minus(drempel)));
  return monthly(p, dmax(ZERO, max.minus(afbouw)));
}
