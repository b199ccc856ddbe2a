import i18next, { type i18n } from 'i18next';
import nl from '../../locales/nl/translation.json';
import type { Language } from './languages.js';
import { unpackTexts } from './packed-texts.js';

/**
 * Other languages are separate chunks fetched from the script's own origin when chosen. The loaders are
 * listed one by one so the bundler can see every chunk.
 */
const loaders: Record<Exclude<Language, 'nl'>, () => Promise<{ default: unknown }>> = {
  en: () => import('../../locales/en/translation.json'),
  ar: () => import('../../locales/ar/translation.json'),
  tr: () => import('../../locales/tr/translation.json'),
  pl: () => import('../../locales/pl/translation.json'),
  uk: () => import('../../locales/uk/translation.json'),
};

/** A separate i18next instance per element, so two elements on one page can speak different languages. */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'nl',
    fallbackLng: 'nl',
    resources: { nl: { translation: nl } },
    // Result texts live in their own lazily loaded namespace (locales/*/results.json, see ui/result-texts.ts);
    // a key not in `translation` is looked up there.
    fallbackNS: 'results',
    interpolation: { escapeValue: false }, // Lit escapes what it renders.
    returnNull: false,
    initAsync: false,
    // Otherwise i18next prints an advertisement in the console of every gemeente page it runs on, and
    // leaves a global on that page to remember it did.
    showSupportNotice: false,
  });
  return instance;
}

/** Loads a language once (nl is already there) and switches to it. A missing key falls back to Dutch. */
export async function useLanguage(instance: i18n, lang: Language): Promise<void> {
  if (lang !== 'nl' && !instance.hasResourceBundle(lang, 'translation')) {
    const module = await loaders[lang]();
    instance.addResourceBundle(lang, 'translation', unpackTexts(nl, module.default), true, true);
  }
  await instance.changeLanguage(lang);
}

export { formatDate, formatMoney, numberFormat } from './format.js';
