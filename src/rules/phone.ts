/**
 * Dutch phone numbers as the rules write them, so that what a resident reads is what their phone dials.
 * A number is digit groups separated by one space or hyphen, optionally starting with +31:
 *
 * - an ordinary number: 0 and nine digits (`030 692 95 95`, `0229 252200`, `088 064 02 00`, `06 12345678`);
 * - a free or paid service number: 0800, 0900, 0906 or 0909 and four or seven digits (`0800 8115`);
 * - a gemeente's 14 number: 14 and the area code with its 0 (`14 030`, `14 0229`);
 * - the same ordinary number from abroad: +31 and nine digits without the 0 (`+31 30 692 95 95`).
 *
 * Extensions ("toestel 12", ", 12") are refused: a `tel:` link would glue their digits onto the number, and
 * the resident would dial someone else. Write a menu choice or extension in the contact's opening hours
 * or note instead. Brackets, `(0)` and other characters are refused too: they mean different things to
 * different readers.
 */
const GROUPS = /^\+?\d+(?:[ -]\d+)*$/;
const SERVICE = /^0(?:800|900|906|909)(?:\d{4}|\d{7})$/;
const ORDINARY = /^0[1-9]\d{8}$/;
const FOURTEEN = /^140\d{2,3}$/;
const FROM_ABROAD = /^\+31[1-9]\d{8}$/;

/** What a `tel:` link dials for `shown` (its digits, and a leading +), or undefined when it is no Dutch number. */
export function dialDigits(shown: string): string | undefined {
  if (!GROUPS.test(shown)) return undefined;
  const digits = shown.replace(/[ -]/g, '');
  if (SERVICE.test(digits) || FOURTEEN.test(digits) || FROM_ABROAD.test(digits)) return digits;
  // 0800 123456 has ten digits but is no service number (those have four or seven after the prefix).
  if (ORDINARY.test(digits) && !/^0(?:800|90[069])/.test(digits)) return digits;
  return undefined;
}

/** The message the rules schema gives for a number that is not one of the forms above. */
export const PHONE_MESSAGE = 'expected a Dutch phone number such as "030 692 95 95", "0800 8115", "14 030" or "+31 30 692 95 95" (no extension)';
