import { html } from 'lit';
import type { StepId } from '../flow/questions.js';
import { stepBody, stepTitle } from './question-step.js';
import type { StepView } from './view.js';

/** One question per screen, with how far along the resident is ("Vraag 3 van hoogstens 9", flow-controller.ts). */
export function questionScreen(step: StepId, progress: { current: number; total: number }, view: StepView, on: { next(): void; back(): void }) {
  const { t } = view;
  return html`<form novalidate @submit=${(e: Event) => (e.preventDefault(), on.next())}>
    <p class="progress">${t('app.progressAtMost', progress)}</p>
    <h2 id="q-title" tabindex="-1">${stepTitle(step, view)}</h2>
    ${stepBody(step, view)}
    <div class="actions">
      <button type="button" @click=${on.back}>${t('app.back')}</button>
      <button type="submit" class="primary">${t('app.next')}</button>
    </div>
  </form>`;
}
