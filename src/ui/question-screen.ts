import { html } from 'lit';
import type { StepId } from '../flow/questions.js';
import { stepBody, stepTitle } from './question-step.js';
import type { StepView } from './view.js';

/** One question per screen, with how far along the resident is. */
export function questionScreen(step: StepId, steps: StepId[], view: StepView, on: { next(): void; back(): void }) {
  const { t } = view;
  return html`<form novalidate @submit=${(e: Event) => (e.preventDefault(), on.next())}>
    <p class="progress">${t('app.progress', { current: steps.indexOf(step) + 1, total: steps.length })}</p>
    <h2 id="q-title" tabindex="-1">${stepTitle(step, view)}</h2>
    ${stepBody(step, view)}
    <div class="actions">
      <button type="button" @click=${on.back}>${t('app.back')}</button>
      <button type="submit" class="primary">${t('app.next')}</button>
    </div>
  </form>`;
}
