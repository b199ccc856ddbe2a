import DecimalLight from 'decimal.js-light';
import { html, nothing } from 'lit';
import type { SchemeOutcome } from '../engine/types.js';
import { formatList, formatMoneyRounded } from '../i18n/format.js';
import type { Language } from '../i18n/languages.js';
import { schemeName } from './scheme-name.js';
import type { Translate } from './view.js';

const Decimal = DecimalLight.clone({ precision: 20 });
const ORDER = { yes: 0, maybe: 1, no: 2 } as const;

/**
 * What a scheme is worth in a year: a yearly amount as is, a monthly one (the toeslagen estimates) times 12,
 * a one-off amount once. Undefined when the check does not know the amount.
 */
export function yearlyValue(s: SchemeOutcome): DecimalLight | undefined {
  if (!s.amount) return undefined;
  const value = new Decimal(s.amount.value);
  return s.amount.per === 'month' ? value.times(12) : value;
}

/**
 * What helps most first: surely before maybe before no; within a status the largest yearly value first, then
 * the schemes whose amount is unknown (a pass or a remission), in the order of the rules.
 */
export function byWhatHelpsMost(schemes: SchemeOutcome[]): SchemeOutcome[] {
  const worth = (s: SchemeOutcome) => yearlyValue(s) ?? new Decimal(-1);
  return [...schemes].sort((a, b) => ORDER[a.status] - ORDER[b.status] || worth(b).comparedTo(worth(a)));
}

function total(schemes: SchemeOutcome[]): DecimalLight | undefined {
  const values = schemes.map(yearlyValue).filter((v): v is DecimalLight => v !== undefined);
  return values.length ? values.reduce((sum, v) => sum.plus(v), new Decimal(0)) : undefined;
}

/**
 * The answer before the details, in two or three short sentences: what the resident can probably get, about
 * how much that is per year (the `maybe` schemes apart), and the first thing to do. `sorted` comes from
 * byWhatHelpsMost, so the first `yes` is the one that helps most; the first thing to do is applying for it,
 * together with what is applied for at the same portal (one card, one button: see result-card.ts). `short`
 * (on paper, where a table lists the schemes) leaves out the names.
 */
export function answerFirst(sorted: SchemeOutcome[], t: Translate, language: Language, debts: boolean, short = false) {
  const yes = sorted.filter((s) => s.status === 'yes');
  const maybe = sorted.filter((s) => s.status === 'maybe');
  if (yes.length === 0) return nothing;
  const names = (list: SchemeOutcome[]) => formatList(language, list.map((s) => schemeName(s, t, language, false)));
  const yesTotal = total(yes);
  const maybeTotal = total(maybe);
  const money = (d: DecimalLight) => formatMoneyRounded(language, d.toFixed(2));
  return html`<div class="answer" role="group" aria-label=${t('answer.label')}>
    <p>${short ? nothing : t('answer.yes', { names: names(yes) })}
      ${yesTotal ? html`<strong>${t('answer.total', { amount: money(yesTotal) })}</strong>` : nothing}</p>
    ${maybe.length
      ? html`<p>${maybeTotal ? t('answer.maybeTotal', { names: names(maybe), amount: money(maybeTotal) }) : t('answer.maybe', { names: names(maybe) })}</p>`
      : nothing}
    <p><strong>${debts ? t('answer.firstDebts') : t('answer.first', { name: names(yes.filter((s) => s.portal.url === yes[0]!.portal.url)) })}</strong></p>
  </div>`;
}
