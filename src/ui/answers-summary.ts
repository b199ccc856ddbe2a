import { html } from 'lit';
import type { Answers } from '../flow/answers.js';
import { parseMoney } from '../flow/parse-money.js';
import type { StepId } from '../flow/questions.js';
import type { Translate } from './view.js';

/** One line per answered question, in words, for the check screen and the print summary. */
export function answerText(id: StepId, a: Answers, t: Translate, money: (v: string) => string): string {
  const years = (age: string | undefined) => t('summary.years', { age: age ?? '' });
  switch (id) {
    case 'partner':
      return a.partner ? t('app.yes') : t('app.no');
    case 'ages':
      return [a.age, ...(a.partner ? [a.partnerAge] : [])].map(years).join(', ');
    case 'children':
      return a.hasChildren && a.childAges.length ? a.childAges.map(years).join(', ') : t('summary.none');
    case 'housemates':
      return a.hasHousemates && a.housemates.length ? a.housemates.map((h) => years(h.age)).join(', ') : t('summary.none');
    case 'income-source':
      return a.incomeSource ? t(`q.income-source.${a.incomeSource}`) : '';
    case 'income':
      return money(parseMoney(a.netMonthly ?? '') ?? '0');
    case 'low-since':
      return a.lowSince ? t(`q.low-since.${a.lowSince}`) : '';
    case 'assets':
      return money(parseMoney(a.assets ?? '') ?? '0');
    case 'rent':
      return a.renting ? money(parseMoney(a.rent ?? '') ?? '0') : t('summary.noRent');
    case 'debts':
      return t(`q.debts.${a.debts ?? 'skip'}`);
    case 'already':
      return a.already === 'yes' ? (a.alreadyGets ?? []).map((id) => t(`summary.alreadyGets.${id}`)).join(', ') : t(`q.already.${a.already ?? 'skip'}`);
  }
}

/** The answers an estimate rests on: household, income and its source, how long, rent and savings (not debts). */
const BASIS: readonly StepId[] = ['partner', 'ages', 'children', 'housemates', 'income-source', 'income', 'low-since', 'rent', 'assets'];

/**
 * "Op basis van": the answers that decide the outcome, each with its label, on one line of the print, so the
 * loket can check the estimate against the resident's papers (issue 22). Only questions that were asked.
 */
export function basisLine(steps: StepId[], a: Answers, t: Translate, money: (v: string) => string) {
  const parts = steps.filter((id) => BASIS.includes(id));
  return html`<p class="slip-basis"><strong>${t('slip.basis')}:</strong> ${parts.map(
    (id, i) => html`${i ? ' · ' : ''}<bdi>${t(`summary.${id}`)}: ${answerText(id, a, t, money)}</bdi>`,
  )}</p>`;
}

export function answersList(
  steps: StepId[],
  a: Answers,
  t: Translate,
  money: (v: string) => string,
  onEdit?: (id: StepId) => void,
) {
  return html`<dl class="answers">
    ${steps.map(
      (id) => html`<div>
        <dt>${t(`summary.${id}`)}</dt>
        <dd>
          <span class="value">${answerText(id, a, t, money)}</span>
          ${onEdit
            ? html`<button type="button" class="link" aria-label=${t('summary.changeLabel', { question: t(`summary.${id}`) })} @click=${() => onEdit(id)}>
                ${t('summary.change')}
              </button>`
            : ''}
        </dd>
      </div>`,
    )}
  </dl>`;
}
