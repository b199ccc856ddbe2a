import { html } from 'lit';
import type { Translate } from './view.js';

/** Before the questions: in plain words, that we do not know this gemeente's own regelingen. */
export function uncoveredScreen(t: Translate, v: { name: string; onBack(): void; onNext(): void }) {
  return html`<h2 tabindex="-1">${t('results.uncoveredHeading', { name: v.name })}</h2>
    <p>${t('results.uncoveredExplain')}</p>
    <div class="actions">
      <button @click=${v.onBack}>${t('app.back')}</button>
      <button class="primary" @click=${v.onNext}>${t('app.next')}</button>
    </div>`;
}
