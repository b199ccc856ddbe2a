/**
 * Contact details in the rules: a phone number a resident can dial as shown (phone.ts), opening hours every
 * language can show, and texts without control or bidi characters.
 */
import * as z from 'zod/mini';
import { PHONE_MESSAGE, dialDigits } from './phone.js';
import { text, url, verificationStatus } from './schema-parts.js';

/** A Dutch phone number in one of the forms of phone.ts; the `tel:` link dials exactly its digits. */
export const phone = text().check(z.refine((shown) => dialDigits(shown) !== undefined, PHONE_MESSAGE));

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/**
 * Opening hours that every language can show (issue 13): per channel (phone, desk, or not said) the days as
 * ISO weekday numbers (1 = Monday … 7 = Sunday), each once, and the times as HH:MM, closing after opening.
 * `openingHours` keeps the Dutch text as the rules' source says it: shown in Dutch, and in other languages
 * only when no `openingstijden` exist.
 */
const time = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM, e.g. "09:00"'));
const openingstijd = z
  .strictObject({
    kanaal: z.optional(z.enum(['telefoon', 'balie'])),
    dagen: z
      .array(z.number().check(z.int(), z.minimum(1), z.maximum(7)))
      .check(
        z.minLength(1),
        z.refine((days) => new Set(days).size === days.length, 'names a day twice: give each day once'),
      ),
    van: time,
    tot: time,
  })
  .check(z.refine((hours) => minutes(hours.tot) > minutes(hours.van), { message: 'tot must be after van (closing after opening)', path: ['tot'] }));

export const contact = z.strictObject({
  phone: z.optional(phone),
  address: z.optional(text()),
  openingHours: z.optional(text()),
  openingstijden: z.optional(z.array(openingstijd)),
  url: z.optional(url),
  status: z.optional(verificationStatus),
});
