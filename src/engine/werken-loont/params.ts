import type { Lookup } from '../lookup.js';
import type { Decimal } from '../money.js';

/**
 * Every national figure the werken-loont calculation reads, read once per evaluation (41 points would
 * otherwise look up the same parameters 41 times). Reading throws ParameterDateError when the date is
 * before a figure's first value; the caller then leaves werken-loont out.
 */
export interface TaxParams {
  schijf1Grens: Decimal;
  schijf1Tarief: Decimal;
  schijf2Grens: Decimal;
  schijf2Tarief: Decimal;
  schijf3Tarief: Decimal;
  ahkMaximum: Decimal;
  ahkAfbouwVanaf: Decimal;
  ahkAfbouwPercentage: Decimal;
  akGrens1: Decimal;
  akPercentage1: Decimal;
  akBedrag1: Decimal;
  akGrens2: Decimal;
  akPercentage2: Decimal;
  akBedrag2: Decimal;
  akGrens3: Decimal;
  akPercentage3: Decimal;
  akMaximum: Decimal;
  akAfbouwPercentage: Decimal;
  akNulVanaf: Decimal;
  vakantiebijslag: Decimal;
  iackDrempel: Decimal;
  iackPercentage: Decimal;
  iackMaximum: Decimal;
  iackKindJongerDan: number;
  iackKindGeborenVoorJaar: number;
}

export interface ToeslagParams {
  minimumPerJaar: Decimal;
  zorg: {
    standaardpremie: Decimal;
    drempelinkomen: Decimal;
    normpremieAlleenstaande: Decimal;
    normpremiePartners: Decimal;
    normpremieBovenDrempel: Decimal;
    inkomensgrensAlleenstaande: Decimal;
    inkomensgrensPartners: Decimal;
    vermogensgrensAlleenstaande: Decimal;
    vermogensgrensPartners: Decimal;
  };
  huur: {
    basishuurEen: Decimal;
    basishuurMeer: Decimal;
    kwaliteitskortingsgrens: Decimal;
    aftoppingsgrensEenTwee: Decimal;
    aftoppingsgrensDrieOfMeer: Decimal;
    maximaleHuurgrens: Decimal;
    maximaleHuurgrensJongeren: Decimal;
    jongerenLeeftijd: number;
    percentageTotKwaliteitskortingsgrens: Decimal;
    percentageTotAftoppingsgrens: Decimal;
    percentageBovenAftoppingsgrens: Decimal;
    ijkpuntEen: Decimal;
    ijkpuntMeer: Decimal;
    afbouwEen: Decimal;
    afbouwMeer: Decimal;
    vermogensgrensPerPersoon: Decimal;
    vermogensgrensPartners: Decimal;
  };
  kgb: {
    perKind: Decimal;
    verhoging12tot15: Decimal;
    verhoging16tot17: Decimal;
    leeftijdVerhoging12: number;
    leeftijdVerhoging16: number;
    alleenstaandeOuderkop: Decimal;
    drempelAlleenstaandeOuder: Decimal;
    drempelPartners: Decimal;
    afbouwPercentage: Decimal;
    vermogensgrensAlleenstaande: Decimal;
    vermogensgrensPartners: Decimal;
  };
  /** Kinderbijslag per quarter by age band. */
  kinderbijslag: { tot6: Decimal; tot12: Decimal; tot18: Decimal; vanaf6: number; vanaf12: number };
}

export function readTaxParams(l: Lookup): TaxParams {
  const n = (id: string) => l.national(id);
  return {
    schijf1Grens: n('ib.schijf1.grens'),
    schijf1Tarief: n('ib.schijf1.tarief'),
    schijf2Grens: n('ib.schijf2.grens'),
    schijf2Tarief: n('ib.schijf2.tarief'),
    schijf3Tarief: n('ib.schijf3.tarief'),
    ahkMaximum: n('ahk.maximum'),
    ahkAfbouwVanaf: n('ahk.afbouw-vanaf'),
    ahkAfbouwPercentage: n('ahk.afbouw-percentage'),
    akGrens1: n('arbeidskorting.grens1'),
    akPercentage1: n('arbeidskorting.percentage1'),
    akBedrag1: n('arbeidskorting.bedrag1'),
    akGrens2: n('arbeidskorting.grens2'),
    akPercentage2: n('arbeidskorting.percentage2'),
    akBedrag2: n('arbeidskorting.bedrag2'),
    akGrens3: n('arbeidskorting.grens3'),
    akPercentage3: n('arbeidskorting.percentage3'),
    akMaximum: n('arbeidskorting.maximum'),
    akAfbouwPercentage: n('arbeidskorting.afbouw-percentage'),
    akNulVanaf: n('arbeidskorting.nul-vanaf'),
    vakantiebijslag: n('vakantiebijslag.percentage'),
    iackDrempel: n('iack.drempel'),
    iackPercentage: n('iack.percentage'),
    iackMaximum: n('iack.maximum'),
    iackKindJongerDan: n('iack.kind-jonger-dan').toNumber(),
    iackKindGeborenVoorJaar: n('iack.kind-geboren-voor-jaar').toNumber(),
  };
}

export function readToeslagParams(l: Lookup): ToeslagParams {
  const n = (id: string) => l.national(id);
  return {
    minimumPerJaar: n('toeslagen.minimum-per-jaar'),
    zorg: {
      standaardpremie: n('zorgtoeslag.standaardpremie'),
      drempelinkomen: n('zorgtoeslag.drempelinkomen'),
      normpremieAlleenstaande: n('zorgtoeslag.normpremie.alleenstaande'),
      normpremiePartners: n('zorgtoeslag.normpremie.partners'),
      normpremieBovenDrempel: n('zorgtoeslag.normpremie.boven-drempel'),
      inkomensgrensAlleenstaande: n('zorgtoeslag.inkomensgrens.alleenstaande'),
      inkomensgrensPartners: n('zorgtoeslag.inkomensgrens.partners'),
      vermogensgrensAlleenstaande: n('zorgtoeslag.vermogensgrens.alleenstaande'),
      vermogensgrensPartners: n('zorgtoeslag.vermogensgrens.partners'),
    },
    huur: {
      basishuurEen: n('huurtoeslag.basishuur.eenpersoons'),
      basishuurMeer: n('huurtoeslag.basishuur.meerpersoons'),
      kwaliteitskortingsgrens: n('huurtoeslag.kwaliteitskortingsgrens'),
      aftoppingsgrensEenTwee: n('huurtoeslag.aftoppingsgrens.een-twee-personen'),
      aftoppingsgrensDrieOfMeer: n('huurtoeslag.aftoppingsgrens.drie-of-meer-personen'),
      maximaleHuurgrens: n('huurtoeslag.maximale-huurgrens'),
      maximaleHuurgrensJongeren: n('huurtoeslag.maximale-huurgrens.jongeren'),
      jongerenLeeftijd: n('huurtoeslag.jongeren.leeftijdsgrens').toNumber(),
      percentageTotKwaliteitskortingsgrens: n('huurtoeslag.percentage.tot-kwaliteitskortingsgrens'),
      percentageTotAftoppingsgrens: n('huurtoeslag.percentage.tot-aftoppingsgrens'),
      percentageBovenAftoppingsgrens: n('huurtoeslag.percentage.boven-aftoppingsgrens'),
      ijkpuntEen: n('huurtoeslag.inkomensijkpunt.eenpersoons'),
      ijkpuntMeer: n('huurtoeslag.inkomensijkpunt.meerpersoons'),
      afbouwEen: n('huurtoeslag.afbouw.eenpersoons'),
      afbouwMeer: n('huurtoeslag.afbouw.meerpersoons'),
      vermogensgrensPerPersoon: n('huurtoeslag.vermogensgrens.per-persoon'),
      vermogensgrensPartners: n('huurtoeslag.vermogensgrens.partners'),
    },
    kgb: {
      perKind: n('kgb.bedrag-per-kind'),
      verhoging12tot15: n('kgb.verhoging-12-15'),
      verhoging16tot17: n('kgb.verhoging-16-17'),
      leeftijdVerhoging12: n('kgb.leeftijd-verhoging-12').toNumber(),
      leeftijdVerhoging16: n('kgb.leeftijd-verhoging-16').toNumber(),
      alleenstaandeOuderkop: n('kgb.alleenstaande-ouderkop'),
      drempelAlleenstaandeOuder: n('kgb.drempel.alleenstaande-ouder'),
      drempelPartners: n('kgb.drempel.partners'),
      afbouwPercentage: n('kgb.afbouw-percentage'),
      vermogensgrensAlleenstaande: n('kgb.vermogensgrens.alleenstaande'),
      vermogensgrensPartners: n('kgb.vermogensgrens.partners'),
    },
    kinderbijslag: {
      tot6: n('kinderbijslag.0-5'),
      tot12: n('kinderbijslag.6-11'),
      tot18: n('kinderbijslag.12-17'),
      vanaf6: n('kinderbijslag.leeftijd-6').toNumber(),
      vanaf12: n('kinderbijslag.leeftijd-12').toNumber(),
    },
  };
}
