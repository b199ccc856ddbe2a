import type { i18n } from 'i18next';
import { html, nothing } from 'lit';
import type { Outcome, SchemeOutcome } from '../engine/types.js';
import type { Answers } from '../flow/answers.js';
import type { StepId } from '../flow/questions.js';
import { formatDate, formatMoney } from '../i18n/format.js';
import type { Language } from '../i18n/languages.js';
import { type AnswerContext, answerFirst } from './answer-first.js';
import { basisLine } from './answers-summary.js';
import { type Loket, loketBlock } from './loket-section.js';
import { schemeName } from './scheme-name.js';
import type { Translate } from './view.js';
import { shortAddress } from './source-name.js';

export interface SlipView {
  t: Translate;
  language: Language;
  outcome: Outcome;
  /** Sorted by what helps most (answer-first.ts). */
  schemes: SchemeOutcome[];
  lokets: Loket[];
  kiosk: boolean;
  volunteer: boolean;
  i18n: i18n;
  qr?: (url: string, label: string) => unknown;
  debts: boolean;
  /** The answers and the questions asked, for the line "Op basis van". */
  answers: Answers;
  steps: StepId[];
  /** What the resident already gets, so the total on paper counts only new money (issue 22). */
  answer?: AnswerContext;
}

const AMOUNT_KEY = { year: 'result.amountYear', month: 'result.amountMonth', once: 'result.amountOnce' } as const;

/**
 * What goes on paper, instead of the screen (issue 13): the kiosk's slip on one A4 page, the volunteer's
 * summary on at most two. Gemeente and date, the answer, each scheme with its status and value, per loket
 * where to go and what to bring, the answers the estimate rests on (so the loket can check it), the QR codes to apply (kiosk), help, and for a volunteer room for notes.
 * When the resident reads another language than Dutch, a volunteer's print has the Dutch text next to it
 * (a second `t` fixed to nl), so both can read the same paper.
 */
export function printSlip(v: SlipView) {
  const nl = v.i18n.getFixedT('nl') as Translate;
  const pair = v.volunteer && v.language !== 'nl';
  const side = (block: (t: Translate, language: Language) => unknown) =>
    pair
      ? html`<div class="pair"><div>${block(v.t, v.language)}</div><div lang="nl" dir="ltr">${block(nl, 'nl')}</div></div>`
      : block(v.t, v.language);
  const open = v.schemes.filter((s) => s.status !== 'no');
  const no = v.schemes.filter((s) => s.status === 'no');
  const portals = [...new Map(open.map((s) => [s.portal.url, s])).values()];
  return html`<section class="print-only slip">
    ${side(
      (t, language) => html`<p class="slip-head"><strong>${t('app.gemeente', { name: v.outcome.municipalityName })}</strong> · ${formatDate(language, v.outcome.date)}</p>
        ${basisLine(v.steps, v.answers, t, (value) => formatMoney(language, value))}
        ${answerFirst(v.schemes, t, language, v.debts, true, v.answer)}`,
    )}
    ${side(
      (t, language) => html`<ul class="slip-schemes">
        ${open.map(
          (s) => html`<li>
            <strong>${schemeName(s, t, language)}</strong>: ${t(`status.${s.status}`)}${s.amount
              ? html` · <span class="nowrap">${t(AMOUNT_KEY[s.amount.per], { amount: formatMoney(language, s.amount.value) })}</span>`
              : nothing}
          </li>`,
        )}
      </ul>
      ${no.length ? html`<p>${t('answer.notFitting')}: ${no.map((s) => schemeName(s, t, language)).join(', ')}</p>` : nothing}`,
    )}
    ${v.lokets.map((l) =>
      side(
        (t, language) => html`<div class="slip-loket">
          ${loketBlock(l, { t, language, kiosk: true }, 'h4')}
          ${v.kiosk && v.qr ? nothing : html`<p>${[...new Set(l.schemes.map((s) => shortAddress(s.portal.url)))].join(' · ')}</p>`}
        </div>`,
      ),
    )}
    ${v.kiosk && v.qr
      ? html`<div class="slip-qr">
          ${portals.map((s) => html`<div>${v.qr!(s.portal.url, v.t('result.qr', { name: schemeName(s, v.t, v.language) }))}</div>`)}
        </div>`
      : nothing}
    ${side(
      (t) => html`<p>${v.outcome.helpRoutes
        .filter((r) => r.phone)
        .map((r, i) => html`${i ? ' · ' : ''}<bdi>${r.name}: <span class="nowrap">${r.phone}</span></bdi>`)}</p>
        <p class="small">${t('result.estimate')}</p>`,
    )}
    ${v.volunteer ? html`<div class="notes"><p><strong>${v.t('slip.notes')}</strong>${pair ? html` / <span lang="nl">${nl('slip.notes')}</span>` : nothing}</p></div>` : nothing}
  </section>`;
}
