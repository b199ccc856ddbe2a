import { html, nothing } from 'lit';
import type { OpeningTime, SchemeOutcome } from '../engine/types.js';
import { formatList, formatTime, formatWeekday } from '../i18n/format.js';
import type { Language } from '../i18n/languages.js';
import type { Translate } from './view.js';

/** "maandag, dinsdag en donderdag", or for three or more days in a row "maandag tot en met vrijdag". */
function days(o: OpeningTime, t: Translate, language: Language): string {
  const sorted = [...o.days].sort((a, b) => a - b);
  const run = sorted.every((d, i) => i === 0 || d === sorted[i - 1]! + 1);
  if (run && sorted.length >= 3) {
    return t('hours.range', { from: formatWeekday(language, sorted[0]!), to: formatWeekday(language, sorted.at(-1)!) });
  }
  return formatList(language, sorted.map((d) => formatWeekday(language, d)));
}

/**
 * Opening hours in the resident's language from the rules' `openingstijden` (days and times, see
 * rules/README.md); without them, the rules' Dutch text as it is, the best there is.
 */
export function openingHours(c: SchemeOutcome['contact'], t: Translate, language: Language) {
  if (c.openingTimes?.length) {
    return c.openingTimes.map(
      (o) => html`<li>${t(`hours.${o.channel ?? 'open'}`, {
        days: days(o, t, language),
        from: formatTime(language, o.from),
        to: formatTime(language, o.to),
      })}</li>`,
    );
  }
  return c.openingHours ? html`<li>${t('result.hours', { hours: c.openingHours })}</li>` : nothing;
}
