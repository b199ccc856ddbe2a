import type { i18n } from 'i18next';
import type { Language } from './languages.js';
import { unpackTexts } from './packed-texts.js';

/** One loader per language other than Dutch, each written out so the bundler makes one chunk per language. */
export type NamespaceLoaders = Record<Exclude<Language, 'nl'>, () => Promise<{ default: unknown }>>;

/**
 * Adds a namespace of texts that loads with its screen (results, werken loont) to the element's i18next
 * instance: Dutch (bundled with the screen, the fallback for a missing key) and `lang`, fetched once.
 */
export async function addNamespace(instance: i18n, namespace: string, lang: Language, nl: unknown, loaders: NamespaceLoaders): Promise<void> {
  if (!instance.hasResourceBundle('nl', namespace)) instance.addResourceBundle('nl', namespace, nl);
  if (lang !== 'nl' && !instance.hasResourceBundle(lang, namespace)) {
    instance.addResourceBundle(lang, namespace, unpackTexts(nl, (await loaders[lang]()).default));
  }
}
