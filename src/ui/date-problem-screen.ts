import { html } from 'lit';
import type { DateProblem } from '../controllers/rules-controller.js';
import type { Translate } from './view.js';

/** A `datum` the rules cannot answer for: not a real date, before the rules, or more than a year after them. */
export function dateProblemScreen(t: Translate, problem: DateProblem, formatDate: (date: string) => string) {
  const text =
    problem.kind === 'invalid'
      ? t('dates.invalid')
      : problem.kind === 'after'
        ? t('dates.tooLate', { date: formatDate(problem.date) })
        : t('errors.date', { date: formatDate(problem.date) });
  return html`<div role="alert">
    <h2 tabindex="-1">${t('errors.dateHeading')}</h2>
    <p>${text}</p>
  </div>`;
}
