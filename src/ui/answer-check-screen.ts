import { html, nothing } from 'lit';
import type { Answers } from '../flow/answers.js';
import type { StepId } from '../flow/questions.js';
import { answersList } from './answers-summary.js';
import type { Translate } from './view.js';

export interface AnswerCheckView {
  t: Translate;
  steps: StepId[];
  answers: Answers;
  money(value: string): string;
  /** The engine refused these answers: said, never a wrong answer. */
  engineError: boolean;
  onEdit(id: StepId): void;
  onBack(): void;
  onShow(): void;
}

/** "Kloppen uw antwoorden?": every answer with a way to change it, then the results. */
export function answerCheckScreen(v: AnswerCheckView) {
  const { t } = v;
  return html`<h2 tabindex="-1">${t('summary.title')}</h2>
    ${answersList(v.steps, v.answers, t, v.money, v.onEdit)}
    ${v.engineError ? html`<p class="error" role="alert">${t('errors.engine')}</p>` : nothing}
    <div class="actions">
      <button @click=${v.onBack}>${t('app.back')}</button>
      <button class="primary" @click=${v.onShow}>${t('summary.show')}</button>
    </div>`;
}
