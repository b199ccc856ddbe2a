import { html, nothing } from 'lit';
import type { StepId } from '../flow/questions.js';
import { stepBody, stepTitle } from './question-step.js';
import type { StepView, Translate } from './view.js';

export interface VolunteerView {
  t: Translate;
  steps: StepId[];
  view(id: StepId): StepView;
  engineError: boolean;
  onCheck(): void;
  /** The results below the form, once computed for these answers. */
  results: unknown;
}

/** Volunteer mode: every question on one page, checked together, the results below. */
export function volunteerScreen(v: VolunteerView) {
  const { t } = v;
  return html`<h2 tabindex="-1" class="no-print">${t('volunteer.title')}</h2>
    <p class="no-print">${t('volunteer.intro')}</p>
    <form novalidate class="no-print" @submit=${(e: Event) => (e.preventDefault(), v.onCheck())}>
      ${v.steps.map((id) => {
        const view = v.view(id);
        return html`<section class="step" aria-labelledby=${view.ids.title}>
          <h3 id=${view.ids.title} tabindex="-1">${stepTitle(id, view)}</h3>
          ${stepBody(id, view)}
        </section>`;
      })}
      ${v.engineError ? html`<p class="error" role="alert">${t('errors.engine')}</p>` : nothing}
      <div class="actions"><button type="submit" class="primary">${t('summary.show')}</button></div>
    </form>
    ${v.results ?? nothing}`;
}
