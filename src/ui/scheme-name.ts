import type { SchemeOutcome } from '../engine/types.js';
import type { Language } from '../i18n/languages.js';
import type { Translate } from './view.js';

/**
 * The scheme's name in the resident's language, with the Dutch name (as the rules and the loket say it) in
 * brackets where it helps at the loket (headings, the lokets, paper); `withDutch: false` for running text and
 * buttons, where the heading above already gives it. In Dutch, or without a translation: the Dutch name.
 */
export function schemeName(s: Pick<SchemeOutcome, 'id' | 'name'>, t: Translate, language: Language, withDutch = true): string {
  if (language === 'nl') return s.name;
  const own = t(`schemeName.${s.id}`, { defaultValue: '' });
  if (!own || own === s.name) return s.name;
  // The Dutch name and its brackets as one left-to-right island (LRI … PDI), so a line break or Arabic
  // around it never mirrors the brackets.
  return withDutch ? `${own} \u2066(${s.name})\u2069` : own;
}
