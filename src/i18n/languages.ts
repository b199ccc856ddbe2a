/** The languages the element speaks; nl is the reference and is bundled, the others load when chosen. */
export const LANGUAGES = {
  nl: { name: 'Nederlands', dir: 'ltr', intl: 'nl-NL' },
  en: { name: 'English', dir: 'ltr', intl: 'en-GB' },
  ar: { name: 'العربية', dir: 'rtl', intl: 'ar' },
  tr: { name: 'Türkçe', dir: 'ltr', intl: 'tr-TR' },
  pl: { name: 'Polski', dir: 'ltr', intl: 'pl-PL' },
  uk: { name: 'Українська', dir: 'ltr', intl: 'uk-UA' },
} as const;

export type Language = keyof typeof LANGUAGES;

export function isLanguage(value: string | null | undefined): value is Language {
  return !!value && Object.hasOwn(LANGUAGES, value);
}
