/**
 * The national lists: every gemeente of the year (CBS, with its website) and every place and postcode (BAG).
 * Neither is in the start bundle: each is a chunk loaded when a place outside the covered gemeenten is typed.
 */
import * as z from 'zod/mini';
import { cbsCode, isoDate, text, url, verificationStatus } from './schema-parts.js';

/** rules/cbs-gemeenten-2026.json: every gemeente of the year (CBS), to tell an uncovered one from a typo. */
export const cbsGemeentenFile = z.strictObject({
  $schema: z.optional(text()),
  description: z.optional(text()),
  source: url,
  sourceFile: z.optional(url),
  validFrom: isoDate,
  status: z.optional(verificationStatus),
  note: z.optional(text()),
  /** Where the websites below were read (issue 21): key → URL, named by each gemeente's `websiteSource`. */
  websiteSources: z.optional(z.record(z.string(), url)),
  websiteNote: z.optional(text()),
  gemeenten: z
    .array(
      z.strictObject({
        code: cbsCode,
        name: text(),
        alsoKnownAs: z.optional(text()),
        /** The gemeente's own homepage: the door for a gemeente whose rules the check does not know. */
        website: z.optional(url),
        websiteSource: z.optional(text()),
      }),
    )
    .check(z.minLength(300)),
});

/**
 * rules/plaatsen-2026.json (issue 21): every BAG woonplaats and every PC4 with the gemeente it lies in. Postcodes
 * per gemeente as ranges ("1011-1019 1021"), so the chunk stays small; a PC4 in two or more gemeenten is in
 * gedeeldePostcodes (the gemeente with most addresses first), and the resident chooses.
 */
const pc4Ranges = z.string().check(z.regex(/^\d{4}(-\d{4})?( \d{4}(-\d{4})?)*$/, 'expected PC4s and ranges, e.g. "1011-1019 1021"'));
export const placesFile = z.strictObject({
  $schema: z.optional(text()),
  description: z.optional(text()),
  sources: z.record(z.string(), url),
  licence: text(),
  validFrom: isoDate,
  status: z.optional(verificationStatus),
  note: z.optional(text()),
  postcodes: z.record(cbsCode, pc4Ranges),
  gedeeldePostcodes: z.record(z.string().check(z.regex(/^\d{4}$/)), z.array(cbsCode).check(z.minLength(2))),
  woonplaatsen: z.record(cbsCode, z.array(text().check(z.minLength(1))).check(z.minLength(1))),
  /** Names people use that are no BAG woonplaats ("Den Bosch", "Scheveningen"), each with why. */
  andereNamen: z.record(z.string(), z.strictObject({ gemeente: cbsCode, bron: url, note: z.optional(text()) })),
});

export type CbsGemeentenFile = z.infer<typeof cbsGemeentenFile>;
export type CbsGemeente = CbsGemeentenFile['gemeenten'][number];
export type PlacesFile = z.infer<typeof placesFile>;
