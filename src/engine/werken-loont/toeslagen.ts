import { Decimal, ZERO, dmax, dmin, percentOf } from '../money.js';
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
  /** Everyone living in the home: adults, children and housemates. */
  persons: number;
  partner: boolean;
  applicantAge: number;
  /** A household at AOW age gets 40 % above the aftoppingsgrens; others 0 %. */
  aowAge: boolean;
  assets: Decimal;
}

/**
 * Huurtoeslag 2026 (Wht art. 21 as simplified from 2026; weak [S] figures, see huurtoeslag.json):
 *   rekenhuur   = min(rent, maximale huurgrens)          (498.20 for an applicant under 21)
 *   basishuur   = basishuur + afbouw % × max(0, toetsingsinkomen − inkomensijkpunt) / 12
 *   toeslag     = 100 % of the rekenhuur between basishuur and kwaliteitskortingsgrens
 *               + 65 % between kwaliteitskortingsgrens and aftoppingsgrens (1–2 or 3+ persons)
 *               + 40 % above the aftoppingsgrens, only at AOW age (else 0 %)
 * Reading the afbouw as a rise of the basishuur is our interpretation of "lineaire afbouw boven een
 * inkomensijkpunt"; the income of housemates is not counted (not asked).
 */
export function huurtoeslagMonthly(p: ToeslagParams, toetsingsinkomen: Decimal, h: HuurHousehold): Decimal {
  const q = p.huur;
  if (h.assets.greaterThan(h.partner ? q.vermogensgrensPartners : q.vermogensgrensPerPersoon)) return ZERO;
  const single = h.persons <= 1;
  const cap = h.applicantAge < q.jongerenLeeftijd ? q.maximaleHuurgrensJongeren : q.maximaleHuurgrens;
  const rekenhuur = dmin(h.rentMonthly, cap);
  const ijkpunt = single ? q.ijkpuntEen : q.ijkpuntMeer;
  const afbouw = single ? q.afbouwEen : q.afbouwMeer;
  const basishuur = (single ? q.basishuurEen : q.basishuurMeer).plus(
    percentOf(afbouw, dmax(ZERO, toetsingsinkomen.minus(ijkpunt))).dividedBy(12),
  );
  const aftopping = h.persons <= 2 ? q.aftoppingsgrensEenTwee : q.aftoppingsgrensDrieOfMeer;
  const band = (from: Decimal, to: Decimal, percent: Decimal) => {
    const low = dmax(from, basishuur);
    const high = dmin(to, rekenhuur);
    return high.greaterThan(low) ? percentOf(percent, high.minus(low)) : ZERO;
  };
  const toeslag = band(ZERO, q.kwaliteitskortingsgrens, q.percentageTotKwaliteitskortingsgrens)
    .plus(band(q.kwaliteitskortingsgrens, aftopping, q.percentageTotAftoppingsgrens))
    .plus(h.aowAge ? band(aftopping, cap, q.percentageBovenAftoppingsgrens) : ZERO);
  return monthly(p, toeslag.times(12));
}

/**
 * Kindgebonden budget (Wet KGB art. 2): per child, plus the age supplements, plus the alleenstaande-ouderkop
 * without a toeslagpartner, less the afbouw percentage of the toetsingsinkomen above the drempel.
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
    if (age >= k.leeftijdVerhoging12 && age < k.leeftijdVerhoging16) max = max.plus(k.verhoging12tot15);
    if (age >= k.leeftijdVerhoging16) max = max.plus(k.verhoging16tot17);
  }
  if (!partner) max = max.plus(k.alleenstaandeOuderkop);
  const drempel = partner ? k.drempelPartners : k.drempelAlleenstaandeOuder;
  const afbouw = percentOf(k.afbouwPercentage, dmax(ZERO, toetsingsinkomen.minus(drempel)));
  return monthly(p, dmax(ZERO, max.minus(afbouw)));
}
