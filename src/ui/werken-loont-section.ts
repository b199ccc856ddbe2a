/**
 * Loaded only when a resident asks "Loont meer werken?": the werken-loont calculation, its tax and
 * toeslagen rules, the chart and its texts. Keeping this out of the main module keeps that small.
 */
import type { i18n } from 'i18next';
import { evaluate } from '../engine/evaluate.js';
import type { HouseholdInput } from '../engine/types.js';
import { evaluateWerkenLoont } from '../engine/werken-loont/index.js';
import type { WerkenLoontOutcome } from '../engine/werken-loont/types.js';
import type { Language } from '../i18n/languages.js';
import { type NamespaceLoaders, addNamespace } from '../i18n/namespace.js';
import { withWerkenLoontFigures } from '../rules/bundled-werken-loont.js';
import type { Rules } from '../rules/schema.js';
import { keepLast } from './keep-last.js';
import nl from '../../locales/nl/werken-loont.json';
import './werken-loont-chart.js';

const NAMESPACE = 'werken-loont';
const loaders: NamespaceLoaders = {
  en: () => import('../../locales/en/werken-loont.json'),
  ar: () => import('../../locales/ar/werken-loont.json'),
  tr: () => import('../../locales/tr/werken-loont.json'),
  pl: () => import('../../locales/pl/werken-loont.json'),
  uk: () => import('../../locales/uk/werken-loont.json'),
};

/** Adds the chart's texts to the element's i18next instance; Dutch is the fallback for a missing key. */
export async function loadWerkenLoontTexts(instance: i18n, lang: Language) {
  await addNamespace(instance, NAMESPACE, lang, nl, loaders);
  return instance.getFixedT(lang, NAMESPACE);
}

/**
 * The curve for the household, or undefined when it cannot be computed on this date (no tax figures yet) or
 * for this household (AOW age). The last curve is kept (keep-last.ts): the form computes it ahead of the click.
 */
export const computeWerkenLoont: (household: HouseholdInput, rules: Rules) => WerkenLoontOutcome | undefined = keepLast(
  (household, rules) => evaluate(household, withWerkenLoontFigures(rules), { werkenLoont: evaluateWerkenLoont }).werkenLoont,
);
