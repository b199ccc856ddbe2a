import DecimalLight from 'decimal.js-light';
import { html, nothing } from 'lit';
import type { SchemeOutcome } from '../engine/types.js';
import { formatList, formatMoneyRounded } from '../i18n/format.js';
import type { Language } from '../i18n/languages.js';
import { amountNote } from './amount-note.js';
import { schemeName } from './scheme-name.js';
import { statusIcon } from './status-icon.js';
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
 * What a scheme is worth per month, the unit of the cards (issue 22): a yearly amount (the IIT) divided by
 * 12; a one-off amount has no monthly worth and is left out of the monthly total.
 */
export function monthlyValue(s: SchemeOutcome): DecimalLight | undefined {
  if (!s.amount || s.amount.per === 'once') return undefined;
  const value = new Decimal(s.amount.value);
  return s.amount.per === 'year' ? value.dividedBy(12) : value;
}

/**
 * What helps most first: surely before maybe before no; within a status the largest yearly value first, then
 * the schemes whose amount is unknown (a pass or a remission), in the order of the rules.
 */
export function byWhatHelpsMost(schemes: SchemeOutcome[]): SchemeOutcome[] {
  const worth = (s: SchemeOutcome) => yearlyValue(s) ?? new Decimal(-1);
  return [...schemes].sort((a, b) => ORDER[a.status] - ORDER[b.status] || worth(b).comparedTo(worth(a)));
}

/** The monthly total of the `yes` schemes with a monthly worth; undefined when none has one. */
export function monthlyTotal(schemes: SchemeOutcome[]): DecimalLight | undefined {
  const values = schemes.filter((s) => s.status === 'yes').map(monthlyValue).filter((v): v is DecimalLight => v !== undefined);
  return values.length ? values.reduce((sum, v) => sum.plus(v), new Decimal(0)) : undefined;
}

export interface AnswerContext {
  /** The ids the resident said they already get (flow/already.ts); undefined: not told (skipped). */
  already?: ReadonlySet<string> | undefined;
  /** Who the resident applies at, in full (the rules' name), for the line under the plain name. */
  handler?(s: SchemeOutcome): string | undefined;
}

/** "ongeveer € 62 per maand (€ 749 per jaar)": the list's unit is the month, as on the cards. */
function amountText(s: SchemeOutcome, t: Translate, language: Language) {
  const amount = s.amount!;
  const money = (d: DecimalLight | string) => formatMoneyRounded(language, typeof d === 'string' ? d : d.toFixed(2));
  const text =
    amount.per === 'once'
      ? t('answer.once', { amount: money(amount.value) })
      : amount.per === 'year'
        ? t('answer.perMonthOfYear', { amount: money(monthlyValue(s)!), yearly: money(amount.value) })
        : t('answer.perMonth', { amount: money(amount.value) });
  return html`<span class="answer-amount">${text}${amountNote(amount, t)}</span>`;
}

/**
 * One line of the short answer: the plain name first ("Geld voor de zorg"), the status in words and icon, the
 * amount per month with its note (an older or unchecked figure), then the full name and who handles it, so
 * a name in brackets such as "(BghU)" is spelled out where it appears.
 */
function item(s: SchemeOutcome, t: Translate, language: Language, ctx: AnswerContext) {
  const full = schemeName(s, t, language);
  const plain = t(`plainName.${s.id}`, { defaultValue: '' }) || full;
  // The handler's Dutch name as an isolate (FSI … PDI), so its brackets keep their place in Arabic.
  const handler = ctx.handler?.(s);
  return html`<li class="answer-item" data-status=${s.status} data-answer=${s.id}>
    ${statusIcon(s.status)}
    <span class="answer-body">
      <strong class="answer-name">${plain}</strong>
      <span class="answer-line"><span class="answer-status">${t(`status.${s.status}`)}</span>${s.amount ? html`<span aria-hidden="true"> · </span>${amountText(s, t, language)}` : nothing}</span>
      <span class="answer-full small">${plain === full ? nothing : html`<bdi>${full}</bdi>. `}${handler ? t('answer.handler', { name: `\u2068${handler}\u2069` }) : nothing}</span>
    </span>
  </li>`;
}

/**
 * The answer before the details (issue 22): a short list of what may fit, new money apart from what the
 * resident already gets, the monthly total of new money only, and the first thing to do, which is only ever
 * something new. A resident who did not say what they get sees one list, plainly labelled as possibly
 * holding what they already get. `sorted` comes from byWhatHelpsMost. `short` (on paper, where a table lists
 * the schemes) keeps the total and the first thing to do.
 */
export function answerFirst(sorted: SchemeOutcome[], t: Translate, language: Language, debts: boolean, short = false, ctx: AnswerContext = {}) {
  const open = sorted.filter((s) => s.status !== 'no');
  if (!open.some((s) => s.status === 'yes')) return nothing;
  const known = ctx.already !== undefined;
  const fresh = open.filter((s) => !ctx.already?.has(s.id));
  const already = open.filter((s) => ctx.already?.has(s.id));
  const freshYes = fresh.filter((s) => s.status === 'yes');
  const total = monthlyTotal(fresh);
  const money = (d: DecimalLight) => formatMoneyRounded(language, d.toFixed(2));
  const names = (list: SchemeOutcome[]) => formatList(language, list.map((s) => schemeName(s, t, language, false)));
  const list = (schemes: SchemeOutcome[]) => html`<ul class="answer-list">${schemes.map((s) => item(s, t, language, ctx))}</ul>`;
  const first = debts
    ? t('answer.firstDebts')
    : freshYes.length
      ? t(known ? 'answer.first' : 'answer.firstIfNew', { name: names(freshYes.filter((s) => s.portal.url === freshYes[0]!.portal.url)) })
      : undefined;
  return html`<div class="answer" role="group" aria-label=${t('answer.label')}>
    ${short ? nothing : html`<h3 class="answer-head">${t(known ? 'answer.newHeading' : 'answer.allHeading')}</h3>
      ${known ? nothing : html`<p>${t('answer.notTold')}</p>`}
      ${fresh.length ? list(fresh) : html`<p>${t('answer.nothingNew')}</p>`}`}
    ${total ? html`<p><strong>${t(known ? 'answer.totalNew' : 'answer.totalAll', { amount: money(total) })}</strong></p>` : nothing}
    ${!short && already.length
      ? html`<h3 class="answer-head">${t('answer.alreadyHeading')}</h3>
          ${list(already)}
          <p>${t('answer.alreadyNote')}</p>`
      : nothing}
    ${first ? html`<p><strong>${first}</strong></p>` : nothing}
  </div>`;
}
