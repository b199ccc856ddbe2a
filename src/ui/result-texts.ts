/**
 * Texts only the results need (the reason sentences, toeslagen, kwijtschelding, help routes, coverage): a
 * namespace of their own, loaded with the results screen, so the language chunks loaded at the start stay
 * within their 6 KB budget. i18next looks a key up here when `translation` lacks it (fallbackNS).
 */
import type { i18n } from 'i18next';
import type { Language } from '../i18n/languages.js';
import { type NamespaceLoaders, addNamespace } from '../i18n/namespace.js';
import nl from '../../locales/nl/results.json';

const NAMESPACE = 'results';
const loaders: NamespaceLoaders = {
  en: () => import('../../locales/en/results.json'),
  ar: () => import('../../locales/ar/results.json'),
  tr: () => import('../../locales/tr/results.json'),
  pl: () => import('../../locales/pl/results.json'),
  uk: () => import('../../locales/uk/results.json'),
};

/** Adds the result texts for `lang` (and Dutch, the fallback) to the element's i18next instance. */
export function loadResultTexts(instance: i18n, lang: Language): Promise<void> {
  return addNamespace(instance, NAMESPACE, lang, nl, loaders);
}
