import { LANGUAGES, type Language } from './languages.js';

/**
 * Intl formatters are costly to build (locale data is resolved each time) and money is formatted dozens of
 * times per results screen: one formatter per language and style, made on first use.
 */
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat;
const formatters = new Map<string, Formatter>();
function cached<T extends Formatter>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

export function formatMoney(lang: Language, value: string): string {
  return numberFormat(LANGUAGES[lang].intl, { style: 'currency', currency: 'EUR' }).format(Number(value));
}

export function formatDate(lang: Language, iso: string): string {
  const intl = LANGUAGES[lang].intl;
  return cached(`d|${intl}`, () => new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** A rough total (the answer-first summary): whole euros, since the cents of an estimate mean nothing. */
export function formatMoneyRounded(lang: Language, value: string): string {
  return numberFormat(LANGUAGES[lang].intl, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(Number(value));
}

/** "A, B and C" in the language's own way of listing names. */
export function formatList(lang: Language, items: string[]): string {
  const intl = LANGUAGES[lang].intl;
  return cached(`l|${intl}`, () => new Intl.ListFormat(intl, { style: 'long', type: 'conjunction' })).format(items);
}

/** A weekday by its ISO number (1 = Monday … 7 = Sunday) in the language: 2024-01-01 was a Monday. */
export function formatWeekday(lang: Language, day: number): string {
  const intl = LANGUAGES[lang].intl;
  return cached(`w|${intl}`, () => new Intl.DateTimeFormat(intl, { weekday: 'long', timeZone: 'UTC' })).format(new Date(Date.UTC(2024, 0, day)));
}

/** A time of day given as HH:MM, as the language writes it (09:00, 9:00, ٩:٠٠ …). */
export function formatTime(lang: Language, hhmm: string): string {
  const intl = LANGUAGES[lang].intl;
  const [h, m] = hhmm.split(':').map(Number);
  return cached(`t|${intl}`, () => new Intl.DateTimeFormat(intl, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' })).format(
    new Date(Date.UTC(2024, 0, 1, h, m)),
  );
}
