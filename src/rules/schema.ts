/**
 * The zod schema is the source of truth for every file in rules/. It is written with `zod/mini` so the
 * same schema validates in the browser bundle (small) and in the CLI (`npm run rules:check`), and a JSON
 * Schema for editors is generated from it (`npm run rules:schema`).
 */
import * as z from 'zod/mini';
import {
  PERCENT_OF_NORM_MAX,
  age,
  ageRange,
  cbsCode,
  moneyParameter,
  monthsParameter,
  parameter,
  percentParameter,
  text,
  url,
  verificationStatus,
} from './schema-parts.js';
import { contact, phone } from './schema-contact.js';

// The building blocks (dates, money, units, bounds) live in schema-parts.ts; re-exported for callers.
export { parameter, unit, verificationStatus } from './schema-parts.js';
// The national lists (every gemeente, every place) live in schema-lists.ts.
export { cbsGemeentenFile, placesFile } from './schema-lists.js';
export type { CbsGemeente, CbsGemeentenFile, PlacesFile } from './schema-lists.js';
import type { CbsGemeente } from './schema-lists.js';

export const nationalFile = z.strictObject({
  $schema: z.optional(text()),
  description: z.optional(text()),
  parameters: z.record(z.string().check(z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/)), parameter),
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

const assetLimit = moneyParameter(['EUR']);

/** Either the Participatiewet limits (art. 34) or the gemeente's own, by household type. */
const vermogensgrens = z.union([
  z.literal('participatiewet'),
  z.strictObject({ alleenstaande: assetLimit, alleenstaandeOuder: assetLimit, gehuwden: assetLimit }),
]);

const common = {
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: text(),
  description: z.optional(text()),
  portal,
  documents: z.array(documentCode),
  sources: z.array(url).check(z.minLength(1)),
  reference: z.optional(text()),
};

/** Local schemes with an income limit and optional fixed amounts: stadspas, kindpakket, meedoen, zorgverzekering. */
export const inkomensregeling = z.strictObject({
  ...common,
  type: z.literal('inkomensregeling'),
  inkomensgrens: percentParameter(PERCENT_OF_NORM_MAX),
  vermogensgrens: z.optional(vermogensgrens),
  voorwaarden: z.optional(
    z.strictObject({
      kinderenNodig: z.optional(z.boolean()),
      geenStudentZonderKinderen: z.optional(z.boolean()),
      minimumLeeftijd: z.optional(age),
      automatischBijBijstand: z.optional(z.boolean()),
    }),
  ),
  bedrag: z.optional(
    z.strictObject({
      per: z.enum(['jaar', 'maand', 'eenmalig']),
      perVolwassene: z.optional(moneyParameter()),
      perHuishouden: z.optional(moneyParameter()),
      perKind: z.optional(z.array(z.strictObject({ leeftijd: ageRange, bedrag: moneyParameter() }))),
    }),
  ),
});

/**
 * Individuele inkomenstoeslag (Participatiewet art. 36): the first matching row decides the amount. Every
 * gemeente must have one (art. 8 lid 1, the IIT verordening; the sub letter differs between versions of the law); where its amounts, limit or reference period were not found,
 * they are left out and the check tests only the statutory conditions (answer `maybe`, amount unknown).
 */
export const iit = z.strictObject({
  ...common,
  type: z.literal('iit'),
  referentieperiode: z.optional(monthsParameter()),
  vermogensgrens,
  /** The income limit when no amounts are known (e.g. a general limit for all the gemeente's schemes). */
  inkomensgrens: z.optional(percentParameter(PERCENT_OF_NORM_MAX)),
  /** Absent or empty where the amounts were not found: then the check tests the statutory conditions only. */
  bedragen: z.optional(
    z.array(
      z.strictObject({
        huishouden: z.enum(['alleenstaande', 'alleenstaande-ouder', 'gehuwden']),
        oudsteKind: z.optional(ageRange),
        /** Absent where the amount is known but the limit is not: then the answer is `maybe`. */
        inkomensgrens: z.optional(percentParameter(PERCENT_OF_NORM_MAX)),
        bedrag: moneyParameter(),
      }),
    ),
  ),
});

/** Bijzondere bijstand (art. 35): draagkracht from income above a limit, assets above the vermogensgrens. */
export const bijzondereBijstand = z.strictObject({
  ...common,
  type: z.literal('bijzondere-bijstand'),
  /** Absent where the gemeente's draagkracht rules were not found: then we do not say what you pay yourself. */
  draagkrachtvrijeInkomensgrens: z.optional(percentParameter(PERCENT_OF_NORM_MAX)),
  draagkrachtPercentage: z.optional(percentParameter()),
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
  uitvoerder: z.strictObject({ soort: z.enum(['belastingsamenwerking', 'gemeente-met-waterschap', 'gemeente']), naam: text() }),
  kostenVanBestaan: percentParameter(100),
});

export const regeling = z.discriminatedUnion('type', [inkomensregeling, iit, bijzondereBijstand, kwijtschelding]);

/** Help that does not depend on a status: schuldhulp of the gemeente, national routes. */
export const helpRoute = z.strictObject({
  name: text(),
  url,
  phone: z.optional(phone),
  source: url,
  status: z.optional(verificationStatus),
  note: z.optional(text()),
});

/** A regeling that exists in the gemeente but that the check does not compute: shown with its link. */
const notComputed = z.strictObject({ name: text(), url, status: z.optional(verificationStatus) });


/** A gemeente in its organisation's file: which regelingen it offers, and its own contact if it has one. */
export const gemeente = z.strictObject({
  code: cbsCode,
  name: text(),
  regelingen: z.array(text()),
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
  $schema: z.optional(text()),
  description: z.optional(text()),
  sources: z.array(url).check(z.minLength(1)),
  /** PC4s that (also) belong to another gemeente: the resident is asked the woonplaats instead. */
  gedeeldePostcodes: z.optional(z.array(z.string().check(z.regex(/^\d{4}$/)))),
  gemeenten: z.array(
    z.strictObject({
      code: cbsCode,
      name: text(),
      organisation: z.string().check(z.regex(/^[a-z0-9-]+$/)),
      woonplaatsen: z.array(text()).check(z.minLength(1)),
      postcodes: z.optional(z.array(z.string().check(z.regex(/^\d{4}$/)))),
    }),
  ),
});

export const organisationFile = z.strictObject({
  $schema: z.optional(text()),
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: text(),
  website: url,
  /** Which norm the percentage limits are taken of; most verordeningen use the norm without vakantietoeslag. */
  normBasis: z.enum(['inclusief-vakantietoeslag', 'exclusief-vakantietoeslag']),
  contact,
  /** Schuldhulp for the organisation's gemeenten (a gemeente can give its own). */
  schuldhulp: z.optional(helpRoute),
  gemeenten: z.array(gemeente).check(z.minLength(1)),
  regelingen: z.record(z.string().check(z.regex(/^[a-z0-9-]+$/)), regeling),
});

/** rules/landelijk.json: national help routes and the Belastingdienst links for the toeslagen estimates. */
export const landelijkFile = z.strictObject({
  $schema: z.optional(text()),
  description: z.optional(text()),
  helpRoutes: z.record(z.string().check(z.regex(/^[a-z0-9-]+$/)), helpRoute),
  /** Where every gemeente's own website is listed (there is no reliable per-gemeente URL pattern). */
  gemeentenOverzicht: url,
  toeslagen: z.strictObject({ portal: url, proefberekening: url, contact, sources: z.record(text(), z.array(url)) }),
});

export type Parameter = z.infer<typeof parameter>;
export type Kwijtschelding = z.infer<typeof kwijtschelding>;
export type HelpRouteRule = z.infer<typeof helpRoute>;
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
