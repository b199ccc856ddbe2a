/**
 * The zod schema is the source of truth for every file in rules/. It is written with `zod/mini` so the
 * same schema validates in the browser bundle (small) and in the CLI (`npm run rules:check`), and a JSON
 * Schema for editors is generated from it (`npm run rules:schema`).
 */
import * as z from 'zod/mini';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));
const decimalString = z
  .string()
  .check(z.regex(/^-?\d+(\.\d+)?$/, 'expected a decimal number as a string, e.g. "1401.50"'));
const url = z.string().check(z.regex(/^https:\/\/\S+$/, 'expected an https:// URL'));

/** Whether a figure was read in an official text, or is the best we have and must be checked. */
export const verificationStatus = z.enum(['verified', 'unverified']);

export const unit = z.enum([
  'EUR',
  'EUR/maand',
  'EUR/jaar',
  'EUR/kwartaal',
  'EUR/uur',
  'procent',
  'maanden',
  'jaren',
  'factor',
]);

const valueEntry = z.union([
  decimalString,
  z.strictObject({
    value: decimalString,
    status: z.optional(verificationStatus),
    source: z.optional(url),
    note: z.optional(z.string()),
  }),
]);

/**
 * One parameter, in the manner of OpenFisca/PolicyEngine: values keyed by the date from which they
 * apply. The value in force on a date is the one with the latest valid-from date on or before it.
 */
export const parameter = z.strictObject({
  // Required by `npm run rules:check`; the browser bundle strips it to stay small (see vite.config.ts).
  description: z.optional(z.string().check(z.minLength(3))),
  unit,
  reference: z.optional(z.string()),
  source: url,
  status: z.optional(verificationStatus),
  note: z.optional(z.string()),
  values: z.record(isoDate, valueEntry).check(
    z.refine((values) => Object.keys(values).length > 0, 'needs at least one dated value'),
    z.refine((values) => {
      const dates = Object.keys(values);
      return dates.every((date, i) => i === 0 || dates[i - 1]! < date);
    }, 'dates must be in ascending order without duplicates'),
  ),
});

export const nationalFile = z.strictObject({
  $schema: z.optional(z.string()),
  description: z.optional(z.string()),
  parameters: z.record(z.string().check(z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/)), parameter),
});

const contact = z.strictObject({
  phone: z.optional(z.string()),
  address: z.optional(z.string()),
  openingHours: z.optional(z.string()),
  url: z.optional(url),
  status: z.optional(verificationStatus),
});

/** Where to apply. `digid`: required, possible (also on paper/phone) or not used. */
const portal = z.strictObject({
  url,
  digid: z.enum(['verplicht', 'mogelijk', 'niet']),
  contact: z.optional(contact),
  status: z.optional(verificationStatus),
});

const documentCode = z.enum([
  'identiteitsbewijs',
  'bankafschriften',
  'inkomensspecificatie',
  'jaaropgave',
  'huurcontract',
  'bewijs-kosten',
  'offerte',
  'polis-zorgverzekering',
  'pasfoto',
  'rekeningnummer',
  'bewijs-vermogen',
]);

/** Either the Participatiewet limits (art. 34) or the gemeente's own, by household type. */
const vermogensgrens = z.union([
  z.literal('participatiewet'),
  z.strictObject({ alleenstaande: parameter, alleenstaandeOuder: parameter, gehuwden: parameter }),
]);

const ageRange = z.strictObject({ vanaf: z.int().check(z.gte(0)), tot: z.int().check(z.lte(121)) });

const common = {
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string(),
  description: z.optional(z.string()),
  portal,
  documents: z.array(documentCode),
  sources: z.array(url).check(z.minLength(1)),
  reference: z.optional(z.string()),
};

/** Local schemes with an income limit and optional fixed amounts: stadspas, kindpakket, meedoen, zorgverzekering. */
export const inkomensregeling = z.strictObject({
  ...common,
  type: z.literal('inkomensregeling'),
  inkomensgrens: parameter,
  vermogensgrens: z.optional(vermogensgrens),
  voorwaarden: z.optional(
    z.strictObject({
      kinderenNodig: z.optional(z.boolean()),
      geenStudentZonderKinderen: z.optional(z.boolean()),
      minimumLeeftijd: z.optional(z.int()),
      automatischBijBijstand: z.optional(z.boolean()),
    }),
  ),
  bedrag: z.optional(
    z.strictObject({
      per: z.enum(['jaar', 'maand', 'eenmalig']),
      perVolwassene: z.optional(parameter),
      perHuishouden: z.optional(parameter),
      perKind: z.optional(z.array(z.strictObject({ leeftijd: ageRange, bedrag: parameter }))),
    }),
  ),
});

/**
 * Individuele inkomenstoeslag (Participatiewet art. 36): the first matching row decides the amount. Every
 * gemeente must have one (art. 8 lid 1 sub d); where its amounts, limit or reference period were not found,
 * they are left out and the check tests only the statutory conditions (answer `maybe`, amount unknown).
 */
export const iit = z.strictObject({
  ...common,
  type: z.literal('iit'),
  referentieperiode: z.optional(parameter),
  vermogensgrens,
  /** The income limit when no amounts are known (e.g. a general limit for all the gemeente's schemes). */
  inkomensgrens: z.optional(parameter),
  bedragen: z._default(
    z.array(
      z.strictObject({
        huishouden: z.enum(['alleenstaande', 'alleenstaande-ouder', 'gehuwden']),
        oudsteKind: z.optional(ageRange),
        /** Absent where the amount is known but the limit is not: then the answer is `maybe`. */
        inkomensgrens: z.optional(parameter),
        bedrag: parameter,
      }),
    ),
    [],
  ),
});

/** Bijzondere bijstand (art. 35): draagkracht from income above a limit, assets above the vermogensgrens. */
export const bijzondereBijstand = z.strictObject({
  ...common,
  type: z.literal('bijzondere-bijstand'),
  /** Absent where the gemeente's draagkracht rules were not found: then we do not say what you pay yourself. */
  draagkrachtvrijeInkomensgrens: z.optional(parameter),
  draagkrachtPercentage: z.optional(parameter),
  vermogensgrens,
});

/**
 * Kwijtschelding gemeentelijke belastingen (Invorderingswet 1990 art. 26; Uitvoeringsregeling Invorderingswet
 * 1990 art. 15-16, 28): no remission when there is vermogen or betalingscapaciteit. Kosten van bestaan are 90 %
 * of the bijstandsnorm, or up to 100 % where the gemeente chose so (`kostenVanBestaan`).
 */
export const kwijtschelding = z.strictObject({
  ...common,
  type: z.literal('kwijtschelding'),
  /** Who decides: a belastingsamenwerking (BghU), the gemeente with the waterschap (HHNK), or the gemeente. */
  uitvoerder: z.strictObject({ soort: z.enum(['belastingsamenwerking', 'gemeente-met-waterschap', 'gemeente']), naam: z.string() }),
  kostenVanBestaan: parameter,
});

export const regeling = z.discriminatedUnion('type', [inkomensregeling, iit, bijzondereBijstand, kwijtschelding]);

/** Help that does not depend on a status: schuldhulp of the gemeente, national routes. */
export const helpRoute = z.strictObject({
  name: z.string(),
  url,
  phone: z.optional(z.string()),
  source: url,
  status: z.optional(verificationStatus),
  note: z.optional(z.string()),
});

/** A regeling that exists in the gemeente but that the check does not compute: shown with its link. */
const notComputed = z.strictObject({ name: z.string(), url, status: z.optional(verificationStatus) });

const cbsCode = z.string().check(z.regex(/^GM\d{4}$/, 'expected a CBS code like GM0344'));

/** A gemeente in its organisation's file: which regelingen it offers, and its own contact if it has one. */
export const gemeente = z.strictObject({
  code: cbsCode,
  name: z.string(),
  regelingen: z.array(z.string()),
  contact: z.optional(contact),
  /** The gemeente's own schuldhulp entry point, where it differs from the organisation's. */
  schuldhulp: z.optional(helpRoute),
  /** Regelingen that exist here but are not computed (kindpakket, tegemoetkoming zorgkosten, …). */
  nietBerekend: z.optional(z.array(notComputed)),
});

/**
 * rules/gemeenten.json: where someone lives → gemeente → organisation. It is small and always in the
 * bundle; an organisation's own file is loaded only for the gemeente the resident lives in.
 */
export const gemeentenFile = z.strictObject({
  $schema: z.optional(z.string()),
  description: z.optional(z.string()),
  sources: z.array(url).check(z.minLength(1)),
  /** PC4s that (also) belong to another gemeente: the resident is asked the woonplaats instead. */
  gedeeldePostcodes: z.optional(z.array(z.string().check(z.regex(/^\d{4}$/)))),
  gemeenten: z.array(
    z.strictObject({
      code: cbsCode,
      name: z.string(),
      organisation: z.string().check(z.regex(/^[a-z0-9-]+$/)),
      woonplaatsen: z.array(z.string()).check(z.minLength(1)),
      postcodes: z.optional(z.array(z.string().check(z.regex(/^\d{4}$/)))),
    }),
  ),
});

export const organisationFile = z.strictObject({
  $schema: z.optional(z.string()),
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string(),
  website: url,
  /** Which norm the percentage limits are taken of; most verordeningen use the norm without vakantietoeslag. */
  normBasis: z.enum(['inclusief-vakantietoeslag', 'exclusief-vakantietoeslag']),
  contact,
  /** Schuldhulp for the organisation's gemeenten (a gemeente can give its own). */
  schuldhulp: z.optional(helpRoute),
  gemeenten: z.array(gemeente).check(z.minLength(1)),
  regelingen: z.record(z.string().check(z.regex(/^[a-z0-9-]+$/)), regeling),
});

/** rules/cbs-gemeenten-2026.json: every gemeente of the year (CBS), to tell an uncovered one from a typo. */
export const cbsGemeentenFile = z.strictObject({
  $schema: z.optional(z.string()),
  description: z.optional(z.string()),
  source: url,
  sourceFile: z.optional(url),
  validFrom: isoDate,
  status: z.optional(verificationStatus),
  note: z.optional(z.string()),
  gemeenten: z.array(z.strictObject({ code: cbsCode, name: z.string(), alsoKnownAs: z.optional(z.string()) })).check(z.minLength(300)),
});

/** rules/landelijk.json: national help routes and the Belastingdienst links for the toeslagen estimates. */
export const landelijkFile = z.strictObject({
  $schema: z.optional(z.string()),
  description: z.optional(z.string()),
  helpRoutes: z.record(z.string().check(z.regex(/^[a-z0-9-]+$/)), helpRoute),
  /** Where every gemeente's own website is listed (there is no reliable per-gemeente URL pattern). */
  gemeentenOverzicht: url,
  toeslagen: z.strictObject({ portal: url, proefberekening: url, contact, sources: z.record(z.string(), z.array(url)) }),
});

export type Parameter = z.infer<typeof parameter>;
export type Kwijtschelding = z.infer<typeof kwijtschelding>;
export type HelpRouteRule = z.infer<typeof helpRoute>;
export type CbsGemeentenFile = z.infer<typeof cbsGemeentenFile>;
export type CbsGemeente = CbsGemeentenFile['gemeenten'][number];
export type LandelijkFile = z.infer<typeof landelijkFile>;
export type OrganisationFile = z.infer<typeof organisationFile>;
export type Regeling = z.infer<typeof regeling>;
export type Inkomensregeling = z.infer<typeof inkomensregeling>;
export type Iit = z.infer<typeof iit>;
export type BijzondereBijstand = z.infer<typeof bijzondereBijstand>;
export type Gemeente = z.infer<typeof gemeente>;
export type GemeentenFile = z.infer<typeof gemeentenFile>;
export type GemeenteEntry = GemeentenFile['gemeenten'][number];
export type Vermogensgrens = z.infer<typeof vermogensgrens>;
export type Portal = z.infer<typeof portal>;
export type Contact = z.infer<typeof contact>;

/** Everything the engine reads: national parameters by id and the organisations with their gemeenten. */
export interface Rules {
  national: Record<string, Parameter>;
  /** The organisations loaded: all of them in node, only the resident's in the browser. */
  organisations: OrganisationFile[];
  gemeenten: GemeenteEntry[];
  gedeeldePostcodes: string[];
  /** National help routes and toeslagen links (rules/landelijk.json). */
  landelijk: LandelijkFile;
  /** Every gemeente of the year (CBS); in the browser loaded only when a place is not in gemeenten.json. */
  cbsGemeenten?: CbsGemeente[];
}

/** Rules files as read from rules/ (or given to the element), keyed by their path below rules/. */
export interface RuleFiles {
  national: Record<string, unknown>;
  organisations: Record<string, unknown>;
  gemeenten: unknown;
  /** rules/landelijk.json; a page's own ruleFiles may leave it out (the bundled one is used). */
  landelijk?: unknown;
  /** rules/cbs-gemeenten-2026.json; optional (the browser loads it lazily). */
  cbsGemeenten?: unknown;
}
