import type { SchemeOutcome } from '../engine/types.js';
import type { Language } from '../i18n/languages.js';
import type { Translate } from './view.js';

/**
 * The scheme's name in the resident's language, with the Dutch name (as the rules and the loket say it) in
 * brackets, so the resident can show it at the counter. In Dutch, or without a translation: the Dutch name.
 */
export function schemeName(s: Pick<SchemeOutcome, 'id' | 'name'>, t: Translate, language: Language): string {
  if (language === 'nl') return s.name;
  const own = t(`schemeName.${s.id}`, { defaultValue: '' });
  // The Dutch name isolated (FSI … PDI), so its brackets do not mirror inside Arabic text.
  return own && own !== s.name ? `${own} (\u2068${s.name}\u2069)` : s.name;
}
